package org.fourpermille.hub.shared;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.TypedQuery;

/**
 * What the administrator filters the audit log by; every part is optional.
 *
 * @param action only this kind of event
 * @param text   part of the actor or of the subject, any case
 * @param from   events at or after this instant
 * @param until  events before this instant
 */
public record AuditFilter(AuditAction action, String text, Instant from, Instant until) implements Serializable {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null);

    String where() {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (action != null) {
            where.append(" AND e.action = :action");
        }
        if (text != null && !text.isBlank()) {
            where.append(" AND (LOWER(e.actor) LIKE :text OR LOWER(e.subject) LIKE :text)");
        }
        if (from != null) {
            where.append(" AND e.occurredAt >= :from");
        }
        if (until != null) {
            where.append(" AND e.occurredAt < :until");
        }
        return where.toString();
    }

    void bind(TypedQuery<?> query) {
        if (action != null) {
            query.setParameter("action", action);
        }
        if (text != null && !text.isBlank()) {
            query.setParameter("text", SearchText.containing(text));
        }
        if (from != null) {
            query.setParameter("from", from);
        }
        if (until != null) {
            query.setParameter("until", until);
        }
    }
}
