package org.fourpermille.hub.notification;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token of a one-click unsubscribe link: which person, which group, and an HMAC-SHA256 of both under
 * the platform's own secret. Nothing is stored per link, a link works as long as the secret stays, and
 * nobody can forge one for another person or another group.
 *
 * <p>Format: {@code <account>-<group>-<signature, base64url>}.
 */
public final class UnsubscribeToken {

    /** Who and which group a valid token names. */
    public record Target(long accountId, long groupId) {
    }

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,18})-(\\d{1,18})-([A-Za-z0-9_-]{43})");

    private UnsubscribeToken() {
    }

    public static String sign(byte[] key, long accountId, long groupId) {
        return accountId + "-" + groupId + "-" + signature(key, accountId, groupId);
    }

    /** The person and group of a token this key signed; empty for anything else (mangled, forged, another key). */
    public static Optional<Target> read(byte[] key, String token) {
        if (token == null) {
            return Optional.empty();
        }
        Matcher parts = FORMAT.matcher(token.strip());
        if (!parts.matches()) {
            return Optional.empty();
        }
        long accountId = Long.parseLong(parts.group(1));
        long groupId = Long.parseLong(parts.group(2));
        byte[] expected = signature(key, accountId, groupId).getBytes(StandardCharsets.US_ASCII);
        byte[] given = parts.group(3).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Optional.of(new Target(accountId, groupId)) : Optional.empty();
    }

    private static String signature(byte[] key, long accountId, long groupId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal(("unsubscribe:" + accountId + ":" + groupId).getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
        }
    }
}
