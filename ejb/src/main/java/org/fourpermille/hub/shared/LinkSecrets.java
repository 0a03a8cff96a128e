package org.fourpermille.hub.shared;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secrets that emailed links carry (password links, membership application links): 256 random bits,
 * URL-safe; the database keeps only their SHA-256, so a leaked table opens nothing.
 *
 * <p>Usage: {@code String key = LinkSecrets.newSecret(); store(LinkSecrets.hash(key)); mail(link + key);}
 */
public final class LinkSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private LinkSecrets() {
    }

    /** A fresh secret to put in a link; never store it. */
    public static String newSecret() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** What is stored and looked up: the hex SHA-256 of the secret. */
    public static String hash(String secret) {
        return StoredFile.sha256(secret.getBytes(StandardCharsets.US_ASCII));
    }

    /** Whether a value from an address can be a secret at all: anything else is refused before any lookup. */
    public static boolean isWellFormed(String secret) {
        return secret != null && secret.matches("[A-Za-z0-9_-]{43}");
    }
}
