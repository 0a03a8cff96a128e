/**
 * Group notifications: the caller's in-app list and how they hear from each group, the jobs that turn
 * notification rows into mail at once or as daily and weekly digests, and the one-click unsubscribe link
 * of group mail. Sending mail itself is {@code shared.mail}.
 */
package org.fourpermille.hub.notification;
