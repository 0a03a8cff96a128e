package org.fourpermille.hub.membership;

import org.fourpermille.hub.groups.GroupCode;

/** The seven kinds of organisation that join the Initiative, each belonging to one College. */
public enum OrganisationType {
    STATE_OR_LOCAL_GOVERNMENT(GroupCode.COLLEGE_PUBLIC, false),
    INTERNATIONAL_ORGANISATION(GroupCode.COLLEGE_PUBLIC, false),
    FUNDER(GroupCode.COLLEGE_PUBLIC, false),
    FARMERS_ORGANISATION(GroupCode.COLLEGE_FARMERS, false),
    RESEARCH_EDUCATION(GroupCode.COLLEGE_RESEARCH, false),
    CIVIL_SOCIETY(GroupCode.COLLEGE_CIVIL_SOCIETY, false),
    PRIVATE_COMPANY(GroupCode.COLLEGE_PRIVATE, true);

    private final GroupCode college;
    private final boolean commercial;

    OrganisationType(GroupCode college, boolean commercial) {
        this.college = college;
        this.commercial = commercial;
    }

    public GroupCode college() {
        return college;
    }

    /** States, local and regional governments, and companies need not prove their legal status. */
    public boolean isLegalProofExempt() {
        return this == STATE_OR_LOCAL_GOVERNMENT || this == PRIVATE_COMPANY;
    }

    /** Companies are commercial by nature and so can be Partners only. */
    public boolean isCommercial() {
        return commercial;
    }
}
