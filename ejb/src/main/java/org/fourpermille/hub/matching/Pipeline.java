package org.fourpermille.hub.matching;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.identity.CallerAccount;
import org.fourpermille.hub.shared.Role;

/**
 * The pipeline of offers: for an organisation's representatives, its own offers; for the secretariat, all.
 * Per offer, per stage of the projects concerned, and in total: interests waiting for an answer,
 * conversations open (accepted, no outcome yet), agreements (with their total in euros at the secretariat's
 * rates table), not pursued, declined. Counted by the database, one query for each view; offers without any
 * interest are left out, while every project stage is shown.
 */
@Stateless
@RolesAllowed({Role.PARTNER_NAME, Role.MEMBER_NAME, Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
public class Pipeline {

    private static final String COUNTS = " count(*) FILTER (WHERE i.status = 'PENDING'),"
            + " count(*) FILTER (WHERE i.status = 'ACCEPTED' AND i.outcome = 'NONE'),"
            + " count(*) FILTER (WHERE i.outcome = 'AGREEMENT'),"
            + " coalesce(sum(round(i.agreement_amount / r.units_per_eur, 2)) FILTER (WHERE i.outcome = 'AGREEMENT'), 0),"
            + " count(*) FILTER (WHERE i.outcome = 'NOT_PURSUED'),"
            + " count(*) FILTER (WHERE i.status = 'DECLINED')";
    private static final String FROM = " FROM interest i JOIN support_offer o ON o.id = i.offer_id"
            + " JOIN organisation org ON org.id = o.organisation_id JOIN project p ON p.id = i.project_id"
            + " LEFT JOIN currency_rate r ON r.currency = i.agreement_currency";
    private static final String BY_OFFER = "SELECT o.id, o.title, org.name," + COUNTS + FROM + " %s"
            + " GROUP BY o.id, o.title, org.name ORDER BY org.name, o.title, o.id";
    private static final String BY_STAGE = "SELECT p.stage," + COUNTS + FROM + " %s GROUP BY p.stage";

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @Inject
    private CallerAccount caller;

    public PipelineFigures figures() {
        Account me = caller.get();
        String where;
        if (InterestService.isStaff(me)) {
            where = "";
        } else if (me.getOrganisation() != null) {
            where = "WHERE o.organisation_id = ?1";
        } else {
            return new PipelineFigures(List.of(), byStage(Map.of()), total(List.of()));
        }
        List<PipelineFigures.Line> lines = new ArrayList<>();
        for (Object[] row : rows(BY_OFFER, where, me)) {
            lines.add(new PipelineFigures.Line(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                    count(row[3]), count(row[4]), count(row[5]), amount(row[6]), count(row[7]), count(row[8])));
        }
        Map<ProjectStage, PipelineFigures.Line> stages = new EnumMap<>(ProjectStage.class);
        for (Object[] row : rows(BY_STAGE, where, me)) {
            stages.put(ProjectStage.valueOf((String) row[0]), new PipelineFigures.Line(null, null, null,
                    count(row[1]), count(row[2]), count(row[3]), amount(row[4]), count(row[5]), count(row[6])));
        }
        return new PipelineFigures(lines, byStage(stages), total(lines));
    }

    private List<Object[]> rows(String sql, String where, Account me) {
        Query query = em.createNativeQuery(sql.formatted(where));
        if (!where.isEmpty()) {
            query.setParameter(1, me.getOrganisation().getId());
        }
        List<Object[]> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            rows.add((Object[]) row);
        }
        return rows;
    }

    /** Every stage of a project, in the order a project goes through them, with zeros where nothing is under way. */
    private static List<PipelineFigures.StageLine> byStage(Map<ProjectStage, PipelineFigures.Line> found) {
        return Arrays.stream(ProjectStage.values())
                .map(stage -> new PipelineFigures.StageLine(stage, found.getOrDefault(stage, total(List.of()))))
                .toList();
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
