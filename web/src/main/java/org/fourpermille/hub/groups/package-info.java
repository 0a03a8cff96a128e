/**
 * Pages of the groups: the personal dashboard, the list of groups and each group's space (members,
 * forum, documents, events, decisions and consultations), with the servlets for files and calendars.
 */
package org.fourpermille.hub.groups;
