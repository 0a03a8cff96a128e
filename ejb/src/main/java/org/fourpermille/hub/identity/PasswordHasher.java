package org.fourpermille.hub.identity;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import org.fourpermille.hub.config.Setting;

/**
 * PBKDF2-HMAC-SHA256 through Jakarta Security's built-in {@link Pbkdf2PasswordHash}. The stored form
 * ({@code PBKDF2WithHmacSHA256:iterations:salt:hash}) carries its parameters, so raising the iteration
 * setting only affects new hashes, and {@link #needsRehash} tells when a stored hash is weaker than today's.
 */
@ApplicationScoped
public class PasswordHasher {

    public static final int MIN_ITERATIONS = 600_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";

    @Inject
    private Pbkdf2PasswordHash hash;

    private int iterations;
    private volatile String unusableHash;

    @jakarta.annotation.PostConstruct
    void configure() {
        iterations = Math.max(MIN_ITERATIONS, Setting.PASSWORD_ITERATIONS.lookupInt());
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean verify(String password, String stored) {
        return stored != null && hash.verify(password.toCharArray(), stored);
    }

    /** Costs the same as verifying a real hash; used when there is no account, to hide that fact. */
    public void spendVerificationTime(String password) {
        String reference = unusableHash;
        if (reference == null) {
            reference = hash("unusable-" + System.nanoTime());
            unusableHash = reference;
        }
        hash.verify((password == null ? "" : password).toCharArray(), reference);
    }

    public boolean needsRehash(String stored) {
        String[] parts = stored.split(":");
        return parts.length != 4 || !ALGORITHM.equals(parts[0]) || Integer.parseInt(parts[1]) < iterations;
    }
}
