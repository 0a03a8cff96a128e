package org.fourpermille.hub.shared;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The one place that decides whether an address is a safe target inside the platform: every redirect
 * built from a request (language switch, return after sign-in) and every stored internal link (the
 * decisions register) goes through it.
 * <p>
 * A local path is plain printable ASCII, starts with exactly one {@code /}, has no backslash, no empty
 * segment and no {@code .} or {@code ..} segment, and stays so (control characters and backslash
 * included) after up to three rounds of percent decoding. That refuses the usual ways out of the site: {@code //host}, {@code /\host}, {@code \\host},
 * {@code /%2F%2Fhost}, {@code /%5Chost}, {@code /..//host}, a scheme ({@code https:} has no leading slash)
 * and control characters that a browser would drop ({@code /\t/host}).
 */
public final class LocalPath {

    public static final int MAX_LENGTH = 2000;

    private static final int DECODING_ROUNDS = 3;

    private LocalPath() {
    }

    /** Whether the address, path and query, is a safe target inside the platform. */
    public static boolean isLocal(String address) {
        if (address == null || address.isEmpty() || address.length() > MAX_LENGTH) {
            return false;
        }
        if (!address.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            return false; // as sent: plain printable ASCII, so nothing a browser drops or folds
        }
        String current = address;
        for (int round = 0; round <= DECODING_ROUNDS; round++) {
            if (!plainLocal(current)) {
                return false;
            }
            String decoded;
            try {
                decoded = URLDecoder.decode(current.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                return false;
            }
            if (decoded.equals(current)) {
                return true;
            }
            current = decoded;
        }
        return false; // still changing after three rounds: nobody writes a link like that by mistake
    }

    /** The address if it is local, for a redirect; empty otherwise (the caller goes to its own default). */
    public static Optional<String> of(String address) {
        return isLocal(address) ? Optional.of(address) : Optional.empty();
    }

    private static boolean plainLocal(String address) {
        if (address.isEmpty() || address.charAt(0) != '/') {
            return false;
        }
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\') {
                return false; // decoded, a space or a letter is fine; a control or a backslash never
            }
        }
        int queryOrFragment = indexOfAny(address, '?', '#');
        String path = queryOrFragment < 0 ? address : address.substring(0, queryOrFragment);
        if (path.equals("/")) {
            return true;
        }
        String[] segments = path.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if ((segment.isEmpty() && !last) || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static int indexOfAny(String text, char a, char b) {
        int ia = text.indexOf(a);
        int ib = text.indexOf(b);
        if (ia < 0) {
            return ib;
        }
        return ib < 0 ? ia : Math.min(ia, ib);
    }
}
