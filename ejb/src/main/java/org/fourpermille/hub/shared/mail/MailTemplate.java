package org.fourpermille.hub.shared.mail;

/**
 * The kinds of mail the platform writes. Each has {@code <key>.subject} and {@code <key>.body} in
 * {@code mail_{en,fr,es}.properties}; the body is a {@link java.text.MessageFormat} pattern.
 */
public enum MailTemplate {
    /** {0} name, {1} link, {2} minutes the link stays valid. */
    PASSWORD_RESET("passwordReset"),
    /** {0} name, {1} link, {2} days the link stays valid, {3} who invited. */
    INVITATION("invitation"),
    /** {0} name, {1} address of the platform. */
    PASSWORD_CHANGED("passwordChanged"),
    /** {0} applicant, {1} organisation, {2} link to the application, {3} days the link works without changes. */
    APPLICATION_LINK("applicationLink"),
    /** {0} applicant, {1} organisation, {2} reference, {3} link to follow the application. */
    APPLICATION_RECEIVED("applicationReceived"),
    /** {0} applicant, {1} organisation, {2} reference, {3} what the secretariat asks, {4} link to edit. */
    APPLICATION_INFO_REQUESTED("applicationInfoRequested"),
    /** {0} applicant, {1} organisation, {2} reference, {3} reason. */
    APPLICATION_REJECTED("applicationRejected"),
    /** {0} person, {1} organisation, {2} level, {3} link to choose a password, {4} days the link works. */
    MEMBERSHIP_APPROVED("membershipApproved"),
    /** {0} person, {1} organisation, {2} level, {3} address of the platform (they already have an account). */
    MEMBERSHIP_APPROVED_EXISTING("membershipApprovedExisting"),
    /** {0} person, {1} who invited, {2} organisation, {3} link to choose a password, {4} days the link works. */
    REPRESENTATIVE_INVITED("representativeInvited"),
    REPRESENTATIVE_INVITED_HAS_ACCOUNT("representativeInvitedHasAccount"),
    /** {0} person, {1} organisation, {2} reference, {3} address of the platform. */
    MEMBERSHIP_UPGRADED("membershipUpgraded"),
    /** {0} person, {1} organisation, {2} reason. */
    ORGANISATION_SUSPENDED("organisationSuspended"),
    /** {0} person, {1} organisation, {2} reason, {3} address of the platform. */
    ORGANISATION_REINSTATED("organisationReinstated"),
    /** {0} person, {1} organisation, {2} who recorded it, {3} reason (may be empty). */
    ORGANISATION_WITHDRAWN("organisationWithdrawn"),
    /** {0} person, {1} organisation, {2} the change. */
    ORGANISATION_CHANGE_APPROVED("organisationChangeApproved"),
    /** {0} person, {1} organisation, {2} the change, {3} reason. */
    ORGANISATION_CHANGE_REJECTED("organisationChangeRejected"),
    /** {0} person, {1} organisation, {2} previous main contact, {3} address of the platform. */
    MAIN_CONTACT_HANDED_OVER("mainContactHandedOver"),
    /** {0} person, {1} group, {2} note (empty), {3} link to the group. */
    GROUP_REQUEST_ACCEPTED("groupRequestAccepted"),
    /** {0} person, {1} group, {2} reason (may be empty), {3} link to the group. */
    GROUP_REQUEST_DECLINED("groupRequestDeclined"),
    /** {0} person, {1} group, {2} first day, {3} last day, {4} link to the group. */
    GROUP_APPOINTED("groupAppointed"),
    /** {0} person, {1} what happened (subject line), {2} link to it, {3} why at once, {4} group, {5} unsubscribe link, {6} settings link. */
    GROUP_NOTIFICATION("groupNotification"),
    /** {0} person, {1} how many activities, {2} the listing by group, {3} settings link. */
    DAILY_DIGEST("dailyDigest"),
    /** {0} person, {1} how many activities, {2} the listing by group, {3} settings link. */
    WEEKLY_DIGEST("weeklyDigest"),
    /** {0} person, {1} project, {2} outcome, {3} link to the report, {4} the showcase paragraph (or empty). */
    ASSESSMENT_COMPLETED("assessmentCompleted"),
    /** {0} person, {1} organisation that spoke, {2} project title, {3} offer title, {4} link, {5} empty. */
    INTEREST_EXPRESSED("interestExpressed"),
    /** {0} person, {1} organisation that accepted, {2} project title, {3} offer title, {4} link, {5} empty. */
    INTEREST_ACCEPTED("interestAccepted"),
    /** {0} person, {1} organisation that declined, {2} project title, {3} offer title, {4} link, {5} reason (may be empty). */
    INTEREST_DECLINED("interestDeclined"),
    /** {0} person, {1} organisation that wrote, {2} project title, {3} offer title, {4} link, {5} the message. */
    INTEREST_MESSAGE("interestMessage"),
    /** {0} person, {1} organisation that recorded it, {2} project title, {3} offer title, {4} link, {5} the outcome in words. */
    INTEREST_OUTCOME("interestOutcome"),
    /** {0} person, {1} event title, {2} group, {3} link to the event. */
    EVENT_CANCELLED("eventCancelled"),
    /** {0} person, {1} topic title, {2} group it left, {3} group it is in now, {4} link to the topic. */
    TOPIC_MOVED("topicMoved"),
    /** {0} person, {1} what waits (a {@code work.KIND} phrase), {2} link to it, {3} settings link. */
    WORK_WAITING("workWaiting");

    private final String key;

    MailTemplate(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
