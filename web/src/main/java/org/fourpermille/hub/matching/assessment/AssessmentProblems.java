package org.fourpermille.hub.matching.assessment;

import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.InvalidInputException;
import org.fourpermille.hub.shared.Texts;

/** Shows a refusal of the assessment pages: the global message, and each field's problem next to it. */
final class AssessmentProblems {

    private AssessmentProblems() {
    }

    static void show(String formId, BusinessException refused) {
        if (refused instanceof InvalidInputException invalid) {
            Texts.error(null, "assessment.error.form");
            invalid.problems().forEach(p -> Texts.error(formId + ":" + p.field(), p.messageKey(), p.arguments()));
        } else {
            Texts.error(null, refused);
        }
    }
}
