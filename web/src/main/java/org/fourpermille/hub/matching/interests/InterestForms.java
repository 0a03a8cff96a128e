package org.fourpermille.hub.matching.interests;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.faces.context.FacesContext;

import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.FieldProblem;
import org.fourpermille.hub.shared.InvalidInputException;
import org.fourpermille.hub.shared.Texts;

/**
 * What the interest pages share: running a move with its problems shown next to the fields, the page's language,
 * and reading an amount as a person types it.
 */
final class InterestForms {

    private InterestForms() {
    }

    /** Runs {@code move}; a refusal becomes a message (global, and beside each field named) and the page stays. */
    static String attempt(String formId, Supplier<String> move) {
        try {
            return move.get();
        } catch (InvalidInputException e) {
            Texts.error(null, e);
            e.problems().forEach(p -> Texts.error(formId + ":" + p.field(), p.messageKey(), p.arguments()));
            return null;
        } catch (BusinessException e) {
            Texts.error(null, e);
            return null;
        }
    }

    static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /**
     * The amount as typed: spaces and the grouping separator of the page's language are ignored, the decimal
     * separator may be a point or (in French and Spanish) a comma. Unreadable text is the field's problem.
     */
    static BigDecimal amount(String amount) {
        if (amount == null || amount.isBlank()) {
            return null;
        }
        String clean = amount.replaceAll("[\\s\u00a0\u202f]", "");
        if ("en".equals(locale().getLanguage())) {
            clean = clean.replace(",", "");
        } else if (clean.contains(",")) {
            clean = clean.replace(".", "").replace(',', '.');
        }
        try {
            return new BigDecimal(clean);
        } catch (NumberFormatException unreadable) {
            throw new InvalidInputException(List.of(FieldProblem.of("amount", "interest.error.amountFormat")));
        }
    }
}
