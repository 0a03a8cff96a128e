package org.fourpermille.hub.notification;

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
    MEMBERSHIP_APPROVED_EXISTING("membershipApprovedExisting");

    private final String key;

    MailTemplate(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
