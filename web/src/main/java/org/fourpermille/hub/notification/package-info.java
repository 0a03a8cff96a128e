/**
 * Pages of group notifications: the caller's list and its badge in the layout, how they hear from each
 * group, and the unsubscribe page and one-click endpoint that group mail links to.
 */
package org.fourpermille.hub.notification;
