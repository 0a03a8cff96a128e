package org.fourpermille.hub.matching;

import jakarta.ejb.EJBAccessException;

import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.InvalidInputException;
import org.fourpermille.hub.shared.Texts;

/** Shows a refusal of a project or offer form: the summary above the form, each problem next to its field. */
public final class FormRefusal {

    private FormRefusal() {
    }

    public static void show(String formId, BusinessException refused) {
        Texts.error(null, refused);
        if (refused instanceof InvalidInputException invalid) {
            invalid.problems().forEach(p -> Texts.error(formId + ":" + p.field(), p.messageKey(), p.arguments()));
        }
    }

    /** A caller without the partner or member role reached a form that only representatives may send. */
    public static void show(EJBAccessException refused) {
        Texts.error(null, "matching.error.representativesOnly");
    }
}
