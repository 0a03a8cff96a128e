package org.fourpermille.hub.membership;

/** The seven kinds of organisation that join the Initiative, each belonging to one College. */
public enum OrganisationType {
    STATE_OR_LOCAL_GOVERNMENT(College.PUBLIC, false),
    INTERNATIONAL_ORGANISATION(College.PUBLIC, false),
    FUNDER(College.PUBLIC, false),
    FARMERS_ORGANISATION(College.FARMERS, false),
    RESEARCH_EDUCATION(College.RESEARCH, false),
    CIVIL_SOCIETY(College.CIVIL_SOCIETY, false),
    PRIVATE_COMPANY(College.PRIVATE, true);

    private final College college;
    private final boolean commercial;

    OrganisationType(College college, boolean commercial) {
        this.college = college;
        this.commercial = commercial;
    }

    public College college() {
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
