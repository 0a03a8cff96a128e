package org.fourpermille.hub.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestIdTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void the_load_balancers_id_is_kept_and_anything_else_is_replaced_by_a_new_one() {
        assertEquals("9b2f0c7e-1d4a-4c1e-8f00-1a2b3c4d5e6f", RequestId.of("9b2f0c7e-1d4a-4c1e-8f00-1a2b3c4d5e6f"));
        for (String sent : new String[] {null, "", "short", "a b c d e f g h", "<script>alert(1)</script>", "x".repeat(65),
                "id\r\nSet-Cookie: a=b", "évite-les-accents"}) {
            String id = RequestId.of(sent);
            assertTrue(id.matches(UUID), sent + " gave " + id);
        }
        assertNotEquals(RequestId.of(null), RequestId.of(null), "each request its own");
    }

    @Test
    void the_thread_is_named_after_the_request_while_it_runs_and_gets_its_name_back() {
        String before = Thread.currentThread().getName();
        try (RequestId.Scope outer = RequestId.enter("request-one-1234")) {
            assertEquals(before + " req=request-one-1234", Thread.currentThread().getName());
            try (RequestId.Scope nested = RequestId.enter("request-two-5678")) {
                assertEquals(before + " req=request-one-1234", Thread.currentThread().getName(), "a nested dispatch keeps the first id");
            }
            assertEquals(before + " req=request-one-1234", Thread.currentThread().getName());
        }
        assertEquals(before, Thread.currentThread().getName());
    }
}
