package org.fourpermille.hub.matching;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.faces.context.FacesContext;

import org.fourpermille.hub.matching.engine.Criterion;
import org.fourpermille.hub.matching.engine.CriterionResult;
import org.fourpermille.hub.matching.engine.Match;
import org.fourpermille.hub.shared.Texts;

/**
 * The sentences of a ranking's explanation in the reader's language: what each criterion found, with the
 * practices, zones, land uses, SDGs, objectives and languages named as the rest of the platform names them.
 */
final class Explanations {

    private Explanations() {
    }

    /** The lines of the criteria that count (weight above 0), in the engine's order. */
    static List<CriterionLine> lines(Match match, Map<String, PracticeLabel> practices, Locale locale) {
        List<CriterionLine> lines = new ArrayList<>();
        for (CriterionResult result : match.criteria()) {
            if (result.weight() > 0) {
                String outcome = outcome(result);
                lines.add(new CriterionLine(result.criterion().name(), Texts.text(locale, "matching.criterion." + result.criterion().name()),
                        outcome, Texts.text(locale, "matching.outcome." + outcome), Texts.text(locale, "matching.weight", result.weight()),
                        detail(result, practices, locale)));
            }
        }
        return lines;
    }

    /** met, open, partly or missed: the CSS class and the key of the outcome's label. */
    static String outcome(CriterionResult result) {
        if (result.open()) {
            return "open";
        }
        if (result.met()) {
            return "met";
        }
        return result.missed() ? "missed" : "partly";
    }

    static String detail(CriterionResult result, Map<String, PracticeLabel> practices, Locale locale) {
        if (result.criterion() == Criterion.ASSESSMENT) {
            return Texts.text(locale, result.met() ? "matching.detail.assessed" : "matching.detail.notAssessed");
        }
        if (result.open()) {
            return Texts.text(locale, "matching.detail.open");
        }
        if (result.missed()) {
            return Texts.text(locale, "matching.detail.none");
        }
        String common = String.join(", ", labels(result, practices, locale));
        return result.met() ? Texts.text(locale, "matching.detail.common", common)
                : Texts.text(locale, "matching.detail.partly", result.percent(), common);
    }

    private static List<String> labels(CriterionResult result, Map<String, PracticeLabel> practices, Locale locale) {
        List<String> labels = new ArrayList<>();
        for (String code : result.common()) {
            labels.add(switch (result.criterion()) {
                case PRACTICES -> practices.containsKey(code) ? practices.get(code).label(locale) : code;
                case CLIMATE_ZONE -> Texts.text(locale, "climateZone." + code);
                case LAND_USE -> Texts.text(locale, "landUse." + code);
                case SDGS_OBJECTIVES -> code.startsWith("SDG") ? Texts.text(locale, "sdg." + code.substring(3))
                        : Texts.text(locale, "objective." + code);
                case LANGUAGE -> Texts.text(locale, "language." + code.toUpperCase(Locale.ROOT));
                case ASSESSMENT -> code;
            });
        }
        return labels;
    }

    /** "20,000 to 150,000 USD", "from 5,000 EUR", "up to 1,000,000 EUR", or null without a ticket. */
    static String ticket(BigDecimal min, BigDecimal max, String currency, Locale locale) {
        if (min == null && max == null) {
            return null;
        }
        if (min != null && max != null) {
            return Texts.text(locale, "matching.ticketRange", amount(min, locale), amount(max, locale), currency);
        }
        return min != null ? Texts.text(locale, "matching.ticketFrom", amount(min, locale), currency)
                : Texts.text(locale, "matching.ticketUpTo", amount(max, locale), currency);
    }

    static String deadline(LocalDate deadline, Locale locale) {
        return deadline == null ? Texts.text(locale, "matching.noDeadline")
                : Texts.text(locale, "matching.deadline", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(deadline));
    }

    /** Milliseconds to one decimal, for the "ranked in" line. */
    static String millis(long nanos, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(nanos / 1_000_000.0);
    }

    static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    static String amount(BigDecimal amount, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        return format.format(amount);
    }
}
