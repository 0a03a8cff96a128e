package org.fourpermille.hub.membership;

import java.time.ZoneOffset;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.fourpermille.hub.shared.Clock;
import org.fourpermille.hub.shared.Role;

/**
 * Counts of the active organisations, computed by GROUP BY queries in the database. The figures by type,
 * region and year are public (the statistics page needs no sign-in); the figures by country are for
 * signed-in people only, since a country with one organisation would name it.
 */
@Stateless
@PermitAll
public class MembershipStatistics {

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @Inject
    private Clock clock;

    public MembershipFigures figures() {
        return MembershipFigures.of(
                grouped("o.type"),
                grouped("o.country"),
                grouped("EXTRACT(YEAR FROM o.joinedOn)"),
                clock.now().atZone(ZoneOffset.UTC).getYear());
    }

    /** Countries that hold at least one active organisation, by ISO code. */
    @RolesAllowed({Role.PARTNER_NAME, Role.MEMBER_NAME, Role.SECRETARIAT_NAME, Role.STC_EXPERT_NAME, Role.ADMIN_NAME})
    public List<FigureRow> byCountry() {
        return MembershipFigures.byCountry(grouped("o.country"));
    }

    /** {@code [value, level, count]} rows of the active organisations grouped by an expression and the level. */
    private List<Object[]> grouped(String expression) {
        return em.createQuery("SELECT " + expression + ", o.level, COUNT(o) FROM Organisation o"
                        + " WHERE o.status = :active GROUP BY " + expression + ", o.level", Object[].class)
                .setParameter("active", OrganisationStatus.ACTIVE)
                .getResultList();
    }
}
