package org.fourpermille.hub.matching;

import java.util.List;

import org.fourpermille.hub.identity.Account;

/**
 * A request as the caller may see it: {@code assignment} is the caller's own when they are an assigned
 * expert; {@code experts} (the STC experts one may assign) only for the secretariat.
 */
public record AssessmentView(AssessmentRequest request, AssessmentRole role, AssessmentAssignment assignment,
                             List<Account> experts) {

    public boolean isStaff() {
        return role == AssessmentRole.STAFF;
    }

    public boolean isExpert() {
        return role == AssessmentRole.EXPERT;
    }

    public boolean isOwner() {
        return role == AssessmentRole.OWNER;
    }
}
