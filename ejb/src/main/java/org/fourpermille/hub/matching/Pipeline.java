package org.fourpermille.hub.matching;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.identity.CallerAccount;
import org.fourpermille.hub.identity.Role;

/**
 * The pipeline of offers: for an organisation's representatives, its own offers; for the secretariat, all.
 * Per offer and in total: interests waiting for an answer, conversations open (accepted, no outcome yet),
 * agreements (with their total in euros at the secretariat's rates table), not pursued, declined. Counted
 * by the database in one query; offers without any interest are left out.
 */
@Stateless
@RolesAllowed({Role.PARTNER_NAME, Role.MEMBER_NAME, Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
public class Pipeline {

    private static final String FIGURES = "SELECT o.id, o.title, org.name,"
            + " count(*) FILTER (WHERE i.status = 'PENDING'),"
            + " count(*) FILTER (WHERE i.status = 'ACCEPTED' AND i.outcome = 'NONE'),"
            + " count(*) FILTER (WHERE i.outcome = 'AGREEMENT'),"
            + " coalesce(sum(round(i.agreement_amount / r.units_per_eur, 2)) FILTER (WHERE i.outcome = 'AGREEMENT'), 0),"
            + " count(*) FILTER (WHERE i.outcome = 'NOT_PURSUED'),"
            + " count(*) FILTER (WHERE i.status = 'DECLINED')"
            + " FROM interest i JOIN support_offer o ON o.id = i.offer_id JOIN organisation org ON org.id = o.organisation_id"
            + " LEFT JOIN currency_rate r ON r.currency = i.agreement_currency";
    private static final String GROUPING = " GROUP BY o.id, o.title, org.name ORDER BY org.name, o.title, o.id";

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @Inject
    private CallerAccount caller;

    public PipelineFigures figures() {
        Account me = caller.get();
        Query query;
        if (InterestService.isStaff(me)) {
            query = em.createNativeQuery(FIGURES + GROUPING);
        } else if (me.getOrganisation() != null) {
            query = em.createNativeQuery(FIGURES + " WHERE o.organisation_id = ?1" + GROUPING)
                    .setParameter(1, me.getOrganisation().getId());
        } else {
            return new PipelineFigures(List.of(), total(List.of()));
        }
        List<PipelineFigures.Line> lines = new ArrayList<>();
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            lines.add(new PipelineFigures.Line(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                    count(row[3]), count(row[4]), count(row[5]), amount(row[6]), count(row[7]), count(row[8])));
        }
        return new PipelineFigures(lines, total(lines));
    }

    private static PipelineFigures.Line total(List<PipelineFigures.Line> lines) {
        return new PipelineFigures.Line(null, null, null,
                lines.stream().mapToLong(PipelineFigures.Line::pending).sum(),
                lines.stream().mapToLong(PipelineFigures.Line::conversations).sum(),
                lines.stream().mapToLong(PipelineFigures.Line::agreements).sum(),
                lines.stream().map(PipelineFigures.Line::agreedEur).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2),
                lines.stream().mapToLong(PipelineFigures.Line::notPursued).sum(),
                lines.stream().mapToLong(PipelineFigures.Line::declined).sum());
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    private static BigDecimal amount(Object value) {
        return value instanceof BigDecimal decimal ? decimal.setScale(2) : new BigDecimal(String.valueOf(value)).setScale(2);
    }
}
