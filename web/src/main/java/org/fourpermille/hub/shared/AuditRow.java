package org.fourpermille.hub.shared;

import java.io.Serializable;
import java.time.Instant;

/** One line of the audit table: a Serializable copy of an {@link AuditEvent}, kept in the view between requests. */
public record AuditRow(long id, Instant occurredAt, String actor, AuditAction action, String subject, String detail,
                       String remoteAddress) implements Serializable {

    static AuditRow of(AuditEvent event) {
        return new AuditRow(event.getId(), event.getOccurredAt(), event.getActor(), event.getAction(),
                event.getSubject(), event.getDetail(), event.getRemoteAddress());
    }
}
