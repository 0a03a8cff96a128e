package org.fourpermille.hub.shared.mail;

public enum MailStatus {
    /** Waiting for a node to deliver it. */
    PENDING,
    SENT,
    /** Kept in the outbox only (mail transport "outbox", the one-command run). */
    KEPT,
    /** Gave up after repeated delivery failures. */
    FAILED
}
