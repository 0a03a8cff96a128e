package org.fourpermille.hub.groups;

/**
 * How a person hears from one group. Decisions, consultations opening and closing, replies to their posts
 * and mentions reach them at once whatever the level.
 */
public enum NotificationLevel {
    EVERY_POST,
    DAILY,
    WEEKLY,
    MENTIONS
}
