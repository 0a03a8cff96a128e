package org.fourpermille.hub.matching;

import java.time.LocalDate;

import org.fourpermille.hub.shared.SupportedLocale;

/** What a letter of support states, in the owner's language; the web tier writes the PDF from its bundles. */
public record SupportLetterFacts(long requestId, SupportedLocale language, String projectTitle, String organisation,
                                 String call, int modality, int rubricVersion, AssessmentOutcome outcome,
                                 LocalDate assessedOn) {
}
