package org.fourpermille.hub.membership;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.TypedQuery;

/**
 * What the secretariat filters the queue by; every part is optional. Drafts never show: they belong to
 * the applicant until submitted.
 *
 * @param status          only applications in this status
 * @param type            only this organisation type
 * @param level           only this level requested
 * @param country         ISO 3166-1 alpha-2 code
 * @param olderThanDays   first submitted at least that many days ago
 */
public record ApplicationFilter(ApplicationStatus status, OrganisationType type, MembershipLevel level, String country,
                                Integer olderThanDays) implements Serializable {

    public static final ApplicationFilter ALL = new ApplicationFilter(null, null, null, null, null);

    String where() {
        StringBuilder where = new StringBuilder(" WHERE a.status <> org.fourpermille.hub.membership.ApplicationStatus.DRAFT");
        if (status != null) {
            where.append(" AND a.status = :status");
        }
        if (type != null) {
            where.append(" AND a.type = :type");
        }
        if (level != null) {
            where.append(" AND a.level = :level");
        }
        if (country != null && !country.isBlank()) {
            where.append(" AND a.country = :country");
        }
        if (olderThanDays != null) {
            where.append(" AND a.submittedAt <= :submittedBefore");
        }
        return where.toString();
    }

    void bind(TypedQuery<?> query, Instant now) {
        if (status != null) {
            query.setParameter("status", status);
        }
        if (type != null) {
            query.setParameter("type", type);
        }
        if (level != null) {
            query.setParameter("level", level);
        }
        if (country != null && !country.isBlank()) {
            query.setParameter("country", country);
        }
        if (olderThanDays != null) {
            query.setParameter("submittedBefore", now.minus(Duration.ofDays(olderThanDays)));
        }
    }
}
