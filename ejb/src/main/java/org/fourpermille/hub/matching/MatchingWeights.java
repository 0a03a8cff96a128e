package org.fourpermille.hub.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.fourpermille.hub.identity.CallerAccount;
import org.fourpermille.hub.matching.engine.Criterion;
import org.fourpermille.hub.shared.AuditAction;
import org.fourpermille.hub.shared.AuditLog;
import org.fourpermille.hub.shared.Clock;
import org.fourpermille.hub.shared.ConcurrentChange;
import org.fourpermille.hub.shared.FieldProblem;
import org.fourpermille.hub.shared.InvalidInputException;
import org.fourpermille.hub.shared.Role;

/**
 * The secretariat's settings of the matching score: one weight per criterion, 0 to {@link MatchingWeight#MAX}.
 * A change is audited with each weight before and after; the generation trigger makes every node's next
 * ranking use it.
 */
@Stateless
@RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
public class MatchingWeights {

    /** The form field of a criterion's weight, as problems name it. */
    public static String field(Criterion criterion) {
        return "weight_" + criterion.name();
    }

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @Inject
    private CallerAccount caller;
    @Inject
    private Clock clock;
    @Inject
    private AuditLog audit;

    /** Every criterion's weight, in the engine's order. */
    public List<WeightRow> rows() {
        List<WeightRow> rows = new ArrayList<>();
        for (MatchingWeight weight : stored().values()) {
            rows.add(new WeightRow(Criterion.valueOf(weight.getCriterion()), weight.getWeight(), weight.getVersion(),
                    weight.getUpdatedBy(), weight.getUpdatedAt()));
        }
        rows.sort(Comparator.comparing(WeightRow::criterion));
        return rows;
    }

    /**
     * Sets the weights typed in the form; returns how many changed. Refuses a weight out of range or
     * missing, weights that are all 0 (every score would be 0), and a form older than a colleague's change.
     */
    public int change(List<WeightChange> changes) {
        List<FieldProblem> problems = new ArrayList<>();
        int total = 0;
        for (WeightChange change : changes) {
            if (change.weight() == null) {
                problems.add(FieldProblem.of(field(change.criterion()), "error.required"));
            } else if (change.weight() < 0 || change.weight() > MatchingWeight.MAX) {
                problems.add(FieldProblem.of(field(change.criterion()), "matching.weights.error.range", MatchingWeight.MAX));
            } else {
                total += change.weight();
            }
        }
        if (problems.isEmpty() && total == 0) {
            problems.add(FieldProblem.of(null, "matching.weights.error.allZero"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, MatchingWeight> stored = stored();
        String actor = caller.get().getEmail();
        List<String> changed = new ArrayList<>();
        for (WeightChange change : changes) {
            MatchingWeight weight = stored.get(change.criterion().name());
            if (weight == null) {
                continue;
            }
            ConcurrentChange.check(weight.getVersion(), change.version());
            int before = weight.getWeight();
            if (weight.change(change.weight(), actor, clock.now())) {
                changed.add(change.criterion().name() + " " + before + " → " + change.weight());
            }
        }
        ConcurrentChange.flush(em);
        if (!changed.isEmpty()) {
            audit.record(AuditAction.MATCHING_WEIGHTS_CHANGED, "matching weights", String.join(", ", changed));
        }
        return changed.size();
    }

    private Map<String, MatchingWeight> stored() {
        return em.createNamedQuery(MatchingWeight.ALL, MatchingWeight.class).getResultList().stream()
                .collect(Collectors.toMap(MatchingWeight::getCriterion, Function.identity()));
    }
}
