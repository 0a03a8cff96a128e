package org.fourpermille.hub.shared;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Characters that no person types and that the platform refuses at its edge: control characters (a NUL
 * byte is refused by PostgreSQL, and would otherwise surface as an error page) except tab, line feed and
 * carriage return, and the Unicode noncharacters (U+FDD0 to U+FDEF, and U+xFFFE, U+xFFFF of every plane),
 * which HTML parsers drop and so would change text between what is saved and what is shown.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** Whether the text holds a character refused in any text a person enters. */
    public static boolean in(CharSequence text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (refused(c)) {
                return true;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int code = Character.toCodePoint(c, text.charAt(++i));
                if ((code & 0xFFFE) == 0xFFFE) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The same question for a percent-encoded query string or path (undecodable counts as refused). */
    public static boolean inUrlEncoded(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return false;
        }
        try {
            return in(encoded) || in(URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException malformed) {
            return true;
        }
    }

    private static boolean refused(char c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        return (c >= 0x7F && c <= 0x9F) || (c >= 0xFDD0 && c <= 0xFDEF) || c == 0xFFFE || c == 0xFFFF;
    }
}
