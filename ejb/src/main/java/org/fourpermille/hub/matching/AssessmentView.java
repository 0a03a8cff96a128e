package org.fourpermille.hub.matching;

import java.util.List;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.membership.Organisation;

/**
 * A request as the caller may see it: {@code assignment} is the caller's own when they are an assigned
 * expert; {@code experts} (everyone a current STC term makes an expert) and {@code stcGroupId} (where the
 * secretariat appoints them) only for the secretariat.
 */
public record AssessmentView(AssessmentRequest request, AssessmentRole role, AssessmentAssignment assignment,
                             List<Account> experts, Long stcGroupId) {

    /** The experts the secretariat may still assign: not yet assigned, not of the project's organisation. */
    public List<Account> assignable() {
        return experts.stream()
                .filter(e -> request.assignmentOf(e).isEmpty() && !request.getProject().isOwnedBy(Organisation.of(e)))
                .toList();
    }

    /** The experts this request can count on: those assigned without a conflict, and those still assignable. */
    public int available() {
        int assigned = (int) request.getAssignments().stream().filter(a -> !a.isConflictDeclared()).count();
        return assigned + assignable().size();
    }

    /** Whether fewer experts can review than the report needs: the page says why and where to appoint. */
    public boolean isShortOfExperts() {
        return request.getStatus() != AssessmentStatus.COMPLETED && available() < AssessmentRequest.MIN_EXPERTS;
    }

    public int getMinExperts() {
        return AssessmentRequest.MIN_EXPERTS;
    }

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
