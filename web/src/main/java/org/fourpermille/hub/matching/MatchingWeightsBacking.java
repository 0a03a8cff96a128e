package org.fourpermille.hub.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.matching.engine.Criterion;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.FieldProblem;
import org.fourpermille.hub.shared.InvalidInputException;
import org.fourpermille.hub.shared.Texts;

/**
 * {@code /secretariat/matching-weights.xhtml}: the weight of each matching criterion. The fields keep the
 * text as typed, so a refused form shows the problem next to the field and loses nothing; each row carries
 * the version it showed, so a colleague's change in between is reported rather than overwritten.
 */
@Named("matchingWeightsPage")
@RequestScoped
public class MatchingWeightsBacking {

    static final String FORM = "weightsForm";

    @Inject
    private MatchingWeights weights;

    private List<WeightRow> rows;
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, String> versions = new HashMap<>();

    @PostConstruct
    void load() {
        rows = weights.rows();
        for (WeightRow row : rows) {
            values.put(row.criterion().name(), String.valueOf(row.weight()));
            versions.put(row.criterion().name(), String.valueOf(row.version()));
        }
    }

    public String save() {
        List<FieldProblem> problems = new ArrayList<>();
        List<WeightChange> changes = new ArrayList<>();
        for (WeightRow row : rows) {
            String name = row.criterion().name();
            String typed = values.get(name) == null ? "" : values.get(name).strip();
            Integer weight = null;
            if (!typed.isEmpty()) {
                try {
                    weight = Integer.valueOf(typed);
                } catch (NumberFormatException notANumber) {
                    problems.add(FieldProblem.of(MatchingWeights.field(row.criterion()), "matching.weights.error.number"));
                }
            }
            changes.add(new WeightChange(row.criterion(), weight, version(name, row.version())));
        }
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            int changed = weights.change(changes);
            if (changed == 0) {
                Texts.info(null, "matching.weights.unchanged");
            } else {
                Texts.info(null, "matching.weights.saved", changed);
            }
            return "/secretariat/matching-weights?faces-redirect=true";
        } catch (BusinessException refused) {
            Texts.error(null, refused);
            if (refused instanceof InvalidInputException invalid) {
                for (FieldProblem problem : invalid.problems()) {
                    if (problem.field() != null) {
                        Texts.error(FORM + ":" + problem.field(), problem.messageKey(), problem.arguments());
                    } else {
                        Texts.error(null, problem.messageKey(), problem.arguments());
                    }
                }
            }
            return null;
        }
    }

    private int version(String name, int shown) {
        try {
            return Integer.parseInt(versions.get(name));
        } catch (NumberFormatException | NullPointerException tampered) {
            return shown;
        }
    }

    public List<WeightRow> getRows() {
        return rows;
    }

    /** A criterion's share of the score with the weights stored now, as a whole percentage. */
    public int share(WeightRow row) {
        int total = rows.stream().mapToInt(WeightRow::weight).sum();
        return total == 0 ? 0 : Math.round(100f * row.weight() / total);
    }

    public String field(Criterion criterion) {
        return MatchingWeights.field(criterion);
    }

    public Map<String, String> getValues() {
        return values;
    }

    public Map<String, String> getVersions() {
        return versions;
    }
}
