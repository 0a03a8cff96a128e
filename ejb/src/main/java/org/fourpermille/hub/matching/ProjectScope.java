package org.fourpermille.hub.matching;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.membership.Organisation;
import org.fourpermille.hub.membership.OrganisationType;
import org.fourpermille.hub.shared.Role;

/**
 * Which projects a caller sees, the one rule behind the project page, the lists, the Projects Interface's
 * marketplace and the showcase. Staff see every project. A representative of an active organisation (the
 * partner's view) sees every project shown to partners or in the showcase, and their own organisation's
 * drafts. An STC expert sees the projects of the assessment requests assigned to them, drafts included, as
 * they must assess them; an expert who is not also a representative sees nothing else ("an expert sees only
 * the projects assigned to them").
 *
 * @param staff the secretariat or an administrator
 * @param organisationId the organisation whose partner's view the caller has, or null
 * @param expertId the caller's account id when they are an STC expert, or null
 */
record ProjectScope(boolean staff, Long organisationId, Long expertId) {

    /** The assessment requests' projects assigned to the expert bound at {@code ?}, in SQL. */
    static final String ASSIGNED_SQL = "p.id IN (SELECT r.project_id FROM assessment_request r"
            + " JOIN assessment_assignment a ON a.request_id = r.id WHERE a.expert_id = ?)";

    /** The same in JPQL, for the expert bound to {@code :expert}. */
    static final String ASSIGNED_JPQL = "p.id IN (SELECT a.request.project.id FROM AssessmentAssignment a WHERE a.expert.id = :expert)";

    static ProjectScope of(Account account) {
        boolean staff = Callers.isStaff(account);
        Organisation own = Organisation.of(account);
        Long organisationId = own != null && Callers.represents(account, own) ? own.getId() : null;
        Long expertId = account.hasRole(Role.STC_EXPERT) ? account.getId() : null;
        return new ProjectScope(staff, organisationId, expertId);
    }

    /** Whether the caller sees projects as partners do (not only the ones assigned to them). */
    boolean partnerView() {
        return staff || organisationId != null;
    }

    /**
     * Whether the project's page is open to the caller.
     *
     * @param assigned whether the project is one of an assessment request assigned to the caller
     */
    boolean sees(Project project, boolean assigned) {
        return staff || organisationId != null && (project.getVisibility() != ProjectVisibility.DRAFT
                || organisationId.equals(project.getOrganisation().getId())) || expertId != null && assigned;
    }

    /** Narrows a native query over {@code project p} to the projects the caller sees. */
    void narrow(SqlFilter where) {
        if (staff) {
            return;
        }
        if (organisationId != null && expertId != null) {
            where.where("(p.visibility <> 'DRAFT' OR p.organisation_id = ? OR " + ASSIGNED_SQL + ")", organisationId, expertId);
        } else if (organisationId != null) {
            where.where("(p.visibility <> 'DRAFT' OR p.organisation_id = ?)", organisationId);
        } else if (expertId != null) {
            where.where(ASSIGNED_SQL, expertId);
        } else {
            where.where("FALSE");
        }
    }

    /**
     * Whether the investment opportunities come first for the caller: funders (a representative of an
     * organisation of the funder type) and the secretariat, the people the showcase is for.
     */
    static boolean showcaseFirst(Account account) {
        Organisation own = Organisation.of(account);
        return account.hasRole(Role.SECRETARIAT)
                || own != null && own.getType() == OrganisationType.FUNDER && Callers.represents(account, own);
    }
}
