package org.fourpermille.hub.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ThrottlePolicyTest {

    private final ThrottlePolicy policy = new ThrottlePolicy(5, Duration.ofSeconds(2), Duration.ofMinutes(15));

    @Test
    void the_first_failures_cost_nothing() {
        assertEquals(Duration.ZERO, policy.delayAfter(1));
        assertEquals(Duration.ZERO, policy.delayAfter(4));
    }

    @Test
    void each_failure_past_the_allowance_doubles_the_wait_up_to_the_ceiling() {
        assertEquals(Duration.ofSeconds(2), policy.delayAfter(5));
        assertEquals(Duration.ofSeconds(4), policy.delayAfter(6));
        assertEquals(Duration.ofSeconds(64), policy.delayAfter(10));
        assertEquals(Duration.ofMinutes(15), policy.delayAfter(20));
        assertEquals(Duration.ofMinutes(15), policy.delayAfter(Integer.MAX_VALUE));
    }

    @Test
    void the_wait_runs_from_the_last_failure() {
        Instant last = Instant.parse("2026-01-01T10:00:00Z");
        assertEquals(Instant.parse("2026-01-01T10:00:04Z"), policy.blockedUntil(6, last));
    }

    @Test
    void a_policy_that_would_never_block_or_never_end_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new ThrottlePolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(2)));
        assertThrows(IllegalArgumentException.class, () -> new ThrottlePolicy(5, Duration.ZERO, Duration.ofSeconds(2)));
        assertThrows(IllegalArgumentException.class, () -> new ThrottlePolicy(5, Duration.ofMinutes(5), Duration.ofMinutes(1)));
    }
}
