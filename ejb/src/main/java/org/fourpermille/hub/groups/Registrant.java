package org.fourpermille.hub.groups;

import java.time.Instant;

/** A person registered for an event, as its organisers see them. */
public record Registrant(long accountId, String name, String email, String organisation, Instant registeredAt) {
}
