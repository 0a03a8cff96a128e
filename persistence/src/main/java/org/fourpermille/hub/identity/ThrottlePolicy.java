package org.fourpermille.hub.identity;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a sign-in must wait after failures: nothing for the first {@code freeFailures}, then
 * {@code baseDelay} doubling with each further failure, never more than {@code maxDelay}.
 *
 * <p>Usage: {@code policy.blockedUntil(failures, lastFailure)}.
 */
public record ThrottlePolicy(int freeFailures, Duration baseDelay, Duration maxDelay) {

    /** Failures older than this are forgotten, so an old bad streak never blocks a returning user. */
    public static final Duration MEMORY = Duration.ofHours(24);

    public ThrottlePolicy {
        if (freeFailures < 1 || baseDelay.isNegative() || baseDelay.isZero() || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("Invalid throttle policy " + freeFailures + "/" + baseDelay + "/" + maxDelay);
        }
    }

    public Duration delayAfter(int failures) {
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeFailures, 30);
        Duration delay = baseDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    public Instant blockedUntil(int failures, Instant lastFailure) {
        return lastFailure.plus(delayAfter(failures));
    }
}
