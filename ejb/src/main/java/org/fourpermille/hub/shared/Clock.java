package org.fourpermille.hub.shared;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The current instant for business rules. One place to read time, so the rules never mix the clocks of
 * several nodes with the database's; tests move time by changing stored dates, not this bean.
 */
@ApplicationScoped
public class Clock {

    public Instant now() {
        return Instant.now();
    }
}
