package org.fourpermille.hub.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class UnsubscribeTokenTest {

    private static final byte[] KEY = "a key of the platform, 32 bytes!".getBytes(StandardCharsets.US_ASCII);

    @Test
    void a_signed_token_names_its_person_and_group() {
        String token = UnsubscribeToken.sign(KEY, 42, 7);
        assertEquals(Optional.of(new UnsubscribeToken.Target(42, 7)), UnsubscribeToken.read(KEY, token));
    }

    @Test
    void another_person_another_group_or_another_key_is_refused() {
        String token = UnsubscribeToken.sign(KEY, 42, 7);
        String signature = token.substring(token.lastIndexOf('-') + 1);
        assertTrue(UnsubscribeToken.read(KEY, "43-7-" + signature).isEmpty());
        assertTrue(UnsubscribeToken.read(KEY, "42-8-" + signature).isEmpty());
        assertTrue(UnsubscribeToken.read("another key of the platform, 32!".getBytes(StandardCharsets.US_ASCII), token).isEmpty());
        assertTrue(UnsubscribeToken.read(KEY, token.substring(0, token.length() - 1)).isEmpty());
        assertTrue(UnsubscribeToken.read(KEY, null).isEmpty());
    }
}
