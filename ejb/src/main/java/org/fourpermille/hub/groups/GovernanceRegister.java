package org.fourpermille.hub.groups;

import java.util.List;

/**
 * What the register page and the body's front page show, read in one call.
 *
 * @param decisions     one page of the register, newest first
 * @param decisionCount every decision of the body, for paging
 * @param consultations latest closing first; drafts only when the caller is staff
 */
public record GovernanceRegister(GroupPass pass, List<Decision> decisions, long decisionCount,
                                 List<ConsultationRow> consultations) {

    public List<ConsultationRow> open() {
        return consultations.stream().filter(row -> row.status() == ConsultationStatus.OPEN).toList();
    }
}
