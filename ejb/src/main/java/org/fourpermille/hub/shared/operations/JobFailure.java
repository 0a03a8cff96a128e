package org.fourpermille.hub.shared.operations;

import java.io.Serializable;
import java.time.Instant;

/** A piece of background work that failed for good: when, what (no personal data), and the last error. */
public record JobFailure(String queueKey, Instant at, String what, String error) implements Serializable {
}
