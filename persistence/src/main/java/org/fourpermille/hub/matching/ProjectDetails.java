package org.fourpermille.hub.matching;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.fourpermille.hub.membership.Region;
import org.fourpermille.hub.shared.SupportedLocale;

/**
 * Everything the project form says, as typed (converted to numbers and codes, not yet checked). The rules
 * live in {@link Project}; this only carries the values, so that a refused form is shown again as it was.
 *
 * @param texts title and summary per language; blank languages are ignored
 * @param region null to take the countries' region when they all lie in one
 */
public record ProjectDetails(
        Map<SupportedLocale, LocalText> texts,
        ProjectStage stage,
        Collection<String> countries,
        Region region,
        Set<ClimateZone> climateZones,
        Set<LandUse> landUses,
        Set<String> practices,
        BigDecimal areaHa,
        Integer durationMonths,
        String currency,
        BigDecimal totalBudget,
        BigDecimal fundingSought,
        Set<Need> needs,
        Set<Integer> sdgs,
        Set<StrategicObjective> objectives,
        BigDecimal baselineSocTonnesPerHa,
        Integer baselineDepthCm,
        BigDecimal expectedChangeTonnesPerHaYear,
        String mrvMethod,
        ProjectVisibility visibility) implements Serializable {

    public ProjectDetails {
        texts = texts == null ? Map.of() : copy(texts);
        countries = countries == null ? List.of() : countries.stream().filter(Objects::nonNull).toList();
        climateZones = set(climateZones);
        landUses = set(landUses);
        practices = set(practices);
        needs = set(needs);
        sdgs = set(sdgs);
        objectives = set(objectives);
    }

    static <T> Set<T> set(Collection<T> values) {
        return values == null ? Set.of() : Set.copyOf(values.stream().filter(Objects::nonNull).toList());
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
