package org.fourpermille.hub.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.membership.ApplicationFormFields;
import org.fourpermille.hub.membership.OrganisationType;
import org.fourpermille.hub.membership.Region;
import org.fourpermille.hub.shared.SupportedLocale;

/**
 * The choices of the project and offer forms and filters, and the names the pages show for stored codes
 * (practices from the reference list, countries in the reader's language). Request-scoped: the reference
 * data is read at most once per page.
 */
@Named("matchingChoices")
@RequestScoped
public class MatchingChoices {

    @Inject
    private ReferenceData reference;

    private Map<String, String> practiceLabels;
    private List<SelectItem> activePractices;
    private List<String> currencies;
    private List<SelectItem> countries;

    public ProjectStage[] getStages() {
        return ProjectStage.values();
    }

    public ClimateZone[] getClimateZones() {
        return ClimateZone.values();
    }

    public LandUse[] getLandUses() {
        return LandUse.values();
    }

    public Need[] getNeeds() {
        return Need.values();
    }

    public Instrument[] getInstruments() {
        return Instrument.values();
    }

    public StrategicObjective[] getObjectives() {
        return StrategicObjective.values();
    }

    public ProjectVisibility[] getVisibilities() {
        return ProjectVisibility.values();
    }

    public Region[] getRegions() {
        return Region.values();
    }

    public OrganisationType[] getOrganisationTypes() {
        return OrganisationType.values();
    }

    public SupportedLocale[] getLanguages() {
        return SupportedLocale.values();
    }

    public List<String> getSdgs() {
        return IntStream.rangeClosed(1, 17).mapToObj(String::valueOf).toList();
    }

    /** Active practices as choices, plus any retired one the form already holds (so it is not dropped silently). */
    public List<SelectItem> practiceChoices(Collection<String> chosen) {
        if (activePractices == null) {
            activePractices = reference.activePractices().stream()
                    .map(p -> new SelectItem(p.getCode(), p.label(locale()))).toList();
        }
        List<SelectItem> choices = new ArrayList<>(activePractices);
        for (String code : chosen == null ? List.<String>of() : chosen) {
            if (choices.stream().noneMatch(item -> code.equals(item.getValue()))) {
                choices.add(new SelectItem(code, practiceLabel(code)));
            }
        }
        return choices;
    }

    public List<SelectItem> getPracticeChoices() {
        return practiceChoices(List.of());
    }

    public String practiceLabel(String code) {
        if (practiceLabels == null) {
            practiceLabels = reference.practiceLabels(locale());
        }
        return practiceLabels.getOrDefault(code, code);
    }

    public String practiceLabels(Collection<String> codes) {
        return codes.stream().map(this::practiceLabel).collect(Collectors.joining(", "));
    }

    public List<String> getCurrencies() {
        if (currencies == null) {
            currencies = reference.currencies().stream().sorted().toList();
        }
        return currencies;
    }

    public List<SelectItem> getCountries() {
        if (countries == null) {
            countries = ApplicationFormFields.countries(locale());
        }
        return countries;
    }

    public String countryName(String code) {
        String name = new Locale.Builder().setRegion(code).build().getDisplayCountry(locale());
        return name.isBlank() ? code : name;
    }

    public String countryNames(Collection<String> codes) {
        return codes.stream().map(this::countryName).collect(Collectors.joining(", "));
    }

    public String joined(Collection<String> values) {
        return String.join(", ", values);
    }

    /** Labels of enum constants through the bundle: {@code labels('climateZone.', project.climateZones)}. */
    public String labels(String prefix, Collection<?> values) {
        return values.stream().map(v -> org.fourpermille.hub.shared.Texts.text(prefix + (v instanceof Enum<?> e ? e.name() : v)))
                .collect(Collectors.joining(", "));
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null; // a mistyped address shows everything rather than an error
        }
    }

    public static <E extends Enum<E>> java.util.Set<E> enums(Class<E> type, List<String> names) {
        java.util.Set<E> set = java.util.EnumSet.noneOf(type);
        for (String name : names == null ? List.<String>of() : names) {
            E value = parse(type, name);
            if (value != null) {
                set.add(value);
            }
        }
        return set;
    }

    public static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.toCollection(ArrayList::new));
    }

    public static java.util.Set<Integer> numbers(List<String> values) {
        java.util.Set<Integer> numbers = new java.util.TreeSet<>();
        for (String value : values == null ? List.<String>of() : values) {
            try {
                numbers.add(Integer.valueOf(value.strip()));
            } catch (NumberFormatException ignored) {
                // only the page's own choices are sent
            }
        }
        return numbers;
    }

    /** A stored amount as a person types it: 1200.00 is shown as 1200, 0.450 as 0.45. */
    public static java.math.BigDecimal plain(java.math.BigDecimal value) {
        if (value == null) {
            return null;
        }
        java.math.BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public static List<String> strings(Collection<Integer> numbers) {
        return numbers.stream().sorted().map(String::valueOf).collect(Collectors.toCollection(ArrayList::new));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
