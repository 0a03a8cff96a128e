package org.fourpermille.hub.matching.interests;

import java.util.Locale;
import java.util.function.Supplier;

import jakarta.faces.context.FacesContext;

import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.InvalidInputException;
import org.fourpermille.hub.shared.Texts;

/** What the interest pages share: running a move with its problems shown next to the fields, the page's language. */
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
}
