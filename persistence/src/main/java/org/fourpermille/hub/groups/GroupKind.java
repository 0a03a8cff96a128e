package org.fourpermille.hub.groups;

/** What a group is for, which decides how people come into it. */
public enum GroupKind {
    COLLEGE(JoinRule.AUTOMATIC),
    FUNDERS(JoinRule.AUTOMATIC),
    INTERFACE(JoinRule.OPEN),
    STC(JoinRule.APPOINTED),
    CONSORTIUM(JoinRule.AUTOMATIC),
    BUREAU(JoinRule.APPOINTED),
    INDIVIDUALS(JoinRule.ON_REQUEST),
    TASK_FORCE(JoinRule.ON_REQUEST);

    private final JoinRule joinRule;

    GroupKind(JoinRule joinRule) {
        this.joinRule = joinRule;
    }

    public JoinRule joinRule() {
        return joinRule;
    }

    /** Governance bodies whose content only their members and the secretariat may ever see, with decisions and consultations. */
    public boolean isGoverning() {
        return this == CONSORTIUM || this == BUREAU;
    }
}
