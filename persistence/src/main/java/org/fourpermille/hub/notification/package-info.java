/**
 * Group notifications: one row per person told about one group activity, the line of their in-app list
 * and the mail sent at once or gathered into a digest. Mail itself is {@code shared.mail}.
 */
package org.fourpermille.hub.notification;
