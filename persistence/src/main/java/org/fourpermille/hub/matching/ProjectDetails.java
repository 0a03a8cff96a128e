package org.fourpermille.hub.matching;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fourpermille.hub.membership.Region;
import org.fourpermille.hub.shared.FieldProblem;
import org.fourpermille.hub.shared.SupportedLocale;

/**
 * Everything the project form says, as typed (converted to numbers and codes, not yet checked). The rules
 * live in {@link Project}; this only carries the values, so that a refused form is shown again as it was.
 *
 * @param texts title and summary per language; blank languages are ignored
 * @param region null to take the countries' region when they all lie in one
 * @param criteria what the project is matched on; its currency is that of the budget and the funding sought
 * @param unreadable the values the form could not read (letters in a number), each with its message: the
 *        project refuses them together with every other problem, so one submit shows them all
 */
public record ProjectDetails(
        Map<SupportedLocale, LocalText> texts,
        ProjectStage stage,
        Region region,
        CriteriaDetails criteria,
        BigDecimal areaHa,
        Integer durationMonths,
        BigDecimal totalBudget,
        BigDecimal fundingSought,
        Set<Need> needs,
        BigDecimal baselineSocTonnesPerHa,
        Integer baselineDepthCm,
        BigDecimal expectedChangeTonnesPerHaYear,
        String mrvMethod,
        ProjectVisibility visibility,
        List<FieldProblem> unreadable) implements Serializable {

    public ProjectDetails {
        texts = texts == null ? Map.of() : copy(texts);
        unreadable = unreadable == null ? List.of() : List.copyOf(unreadable);
        criteria = criteria == null ? CriteriaDetails.NONE : criteria;
        needs = CriteriaDetails.set(needs);
    }

    /** Every value read: what services and tests pass. */
    public ProjectDetails(Map<SupportedLocale, LocalText> texts, ProjectStage stage, Region region, CriteriaDetails criteria,
                          BigDecimal areaHa, Integer durationMonths, BigDecimal totalBudget, BigDecimal fundingSought,
                          Set<Need> needs, BigDecimal baselineSocTonnesPerHa, Integer baselineDepthCm,
                          BigDecimal expectedChangeTonnesPerHaYear, String mrvMethod, ProjectVisibility visibility) {
        this(texts, stage, region, criteria, areaHa, durationMonths, totalBudget, fundingSought, needs, baselineSocTonnesPerHa,
                baselineDepthCm, expectedChangeTonnesPerHaYear, mrvMethod, visibility, List.of());
    }

    private static Map<SupportedLocale, LocalText> copy(Map<SupportedLocale, LocalText> texts) {
        Map<SupportedLocale, LocalText> copy = new EnumMap<>(SupportedLocale.class);
        texts.forEach((language, text) -> {
            if (language != null && text != null) {
                copy.put(language, text);
            }
        });
        return Map.copyOf(copy);
    }

    /** The text typed for a language, or an empty one. */
    public LocalText text(SupportedLocale language) {
        return texts.getOrDefault(language, LocalText.EMPTY);
    }
}
