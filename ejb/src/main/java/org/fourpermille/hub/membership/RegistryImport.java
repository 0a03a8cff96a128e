package org.fourpermille.hub.membership;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import org.fourpermille.hub.config.Setting;
import org.fourpermille.hub.identity.CallerAccount;
import org.fourpermille.hub.shared.AuditAction;
import org.fourpermille.hub.shared.AuditLog;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.Clock;
import org.fourpermille.hub.shared.Role;

/**
 * Brings the registry the secretariat kept before the platform (a CSV file, often from Excel) into the
 * database. {@link #dryRun} says what the file would do and lists every problem, writing nothing;
 * {@link #importRows} checks the same way and writes only a file without any problem, all of it in one
 * transaction. Running a file again changes nothing: its lines are then the organisations already there.
 *
 * <p>Usage: {@code RegistryReport check = registry.dryRun(bytes, labels); if (check.isClean()) registry.importRows(bytes, labels);}
 * The labels are the words for types and levels in the three languages, which the web tier holds.
 */
@Stateless
@RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
public class RegistryImport {

    /** Two imports at once (two nodes, two people) would both create the same new organisations. */
    private static final long LOCK_KEY = 4_000_1001L;

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @Inject
    private Clock clock;
    @Inject
    private CallerAccount caller;
    @Inject
    private AuditLog audit;

    /** What importing {@code csv} would do, and every problem that stops it. Writes nothing. */
    public RegistryReport dryRun(byte[] csv, RegistryLabels labels) {
        RegistryRows file = read(csv, labels);
        return report(file, RegistryPlan.of(file, registry()), false);
    }

    /**
     * Imports {@code csv} if it has no problem at all; otherwise writes nothing and returns the problems
     * (the report is then not {@link RegistryReport#written()}). Creates the new organisations (each with an
     * "imported" step on its timeline) and updates those whose values differ (with a step naming the
     * changes), in one transaction.
     */
    public RegistryReport importRows(byte[] csv, RegistryLabels labels) {
        RegistryRows file = read(csv, labels);
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, LOCK_KEY).getSingleResult();
        RegistryPlan plan = RegistryPlan.of(file, registry());
        RegistryReport check = report(file, plan, false);
        if (!check.isClean()) {
            return check;
        }
        String actor = caller.get().getEmail();
        Instant now = clock.now();
        for (RegistryPlan.Step step : plan.steps()) {
            switch (step.action()) {
                case CREATE -> {
                    Organisation organisation = Organisation.fromRegistry(step.entry());
                    em.persist(organisation);
                    em.persist(organisation.event(OrganisationEventType.IMPORTED, now, actor, null, null));
                }
                case UPDATE -> step.existing().updateFromRegistry(step.entry(), actor, now).ifPresent(em::persist);
                case UNCHANGED -> {
                    // nothing to write
                }
            }
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new BusinessException("error.concurrentChange");
        }
        RegistryReport done = report(file, plan, true);
        audit.record(AuditAction.REGISTRY_IMPORTED, "registry", "created " + done.created() + ", updated "
                + done.updated() + ", unchanged " + done.unchanged());
        return done;
    }

    private RegistryRows read(byte[] csv, RegistryLabels labels) {
        long max = Setting.UPLOAD_MAX_BYTES.lookup(Long.class);
        if (csv == null || csv.length == 0) {
            throw new BusinessException("registry.error.empty");
        }
        if (csv.length > max) {
            throw new BusinessException("registry.error.tooLarge", Math.max(1, max / (1024 * 1024)));
        }
        // "In the future" means after today everywhere on Earth, so no time zone refuses today's date.
        LocalDate today = LocalDate.ofInstant(clock.now(), ZoneOffset.ofHours(14));
        return RegistryRows.parse(csv, labels, today);
    }

    /** Every organisation: the registry is a few hundred rows, so the matching works in memory. */
    private List<Organisation> registry() {
        return em.createQuery("SELECT o FROM Organisation o", Organisation.class).getResultList();
    }

    static RegistryReport report(RegistryRows file, RegistryPlan plan, boolean written) {
        List<RegistryProblem> problems = new ArrayList<>(file.problems());
        problems.addAll(plan.problems());
        problems.sort(Comparator.comparingInt(RegistryProblem::line));
        return new RegistryReport(file.records(), plan.count(RegistryPlan.Action.CREATE), plan.count(RegistryPlan.Action.UPDATE),
                plan.count(RegistryPlan.Action.UNCHANGED),
                problems.subList(0, Math.min(problems.size(), RegistryReport.MAX_PROBLEMS)), problems.size(), written);
    }
}
