package org.fourpermille.hub.shared;

/**
 * The secretariat's queues, each of which a person of the secretariat may choose to hear of by mail or
 * only on the platform ({@code queue_mail_choice}; no row means "mail me").
 */
public enum WorkQueue {
    APPLICATIONS,
    UPGRADES,
    CHANGES,
    ASSESSMENTS
}
