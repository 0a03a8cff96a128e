package org.fourpermille.hub.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OperatorAccessTest {

    private final OperatorAccess loopbackAndToken = new OperatorAccess("127.0.0.1, ::1, not-an-address", "s3cret-token");

    @Test
    void loopback_may_read_directly_in_both_spellings() {
        assertTrue(loopbackAndToken.allows("127.0.0.1", null, false));
        assertTrue(loopbackAndToken.allows("0:0:0:0:0:0:0:1", null, false));
        assertTrue(loopbackAndToken.allows("::1", null, false));
    }

    @Test
    void another_address_needs_the_token() {
        assertFalse(loopbackAndToken.allows("192.0.2.7", null, false));
        assertFalse(loopbackAndToken.allows("192.0.2.7", "Bearer wrong", false));
        assertFalse(loopbackAndToken.allows("192.0.2.7", "Basic s3cret-token", false));
        assertTrue(loopbackAndToken.allows("192.0.2.7", "Bearer s3cret-token", false));
    }

    @Test
    void through_a_proxy_only_the_token_counts() {
        assertFalse(loopbackAndToken.allows("127.0.0.1", null, true), "the proxy's loopback address is not the operator");
        assertTrue(loopbackAndToken.allows("127.0.0.1", "Bearer s3cret-token", true));
    }

    @Test
    void no_token_configured_accepts_none() {
        OperatorAccess addressesOnly = new OperatorAccess("127.0.0.1", "");
        assertFalse(addressesOnly.allows("192.0.2.7", "Bearer ", false));
        assertFalse(addressesOnly.allows("localhost", null, false), "names are never looked up");
    }
}
