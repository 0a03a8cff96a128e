package org.fourpermille.hub.groups;

import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.InvalidInputException;
import org.fourpermille.hub.shared.Texts;

/** Shows a refusal of a group form: the summary above the form, each problem next to its field. */
final class FormProblems {

    private FormProblems() {
    }

    static void show(String formId, BusinessException refused) {
        Texts.error(null, refused);
        if (refused instanceof InvalidInputException invalid) {
            invalid.problems().forEach(p -> Texts.error(formId + ":" + p.field(), p.messageKey(), p.arguments()));
        }
    }
}
