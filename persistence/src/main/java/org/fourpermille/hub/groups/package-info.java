/**
 * The groups of the Initiative (Colleges, Funders, Interfaces, STC, Consortium, Bureau, individuals, Task
 * Forces): what kind each is, its name in the three languages, who is in it and in which role, and what
 * its space holds: forum topics and posts, documents and their versions, events, decisions and
 * consultations, and the activity that notifications are made of. A College group meets the organisations
 * of one membership {@code College} ({@link org.fourpermille.hub.groups.GroupCode#of}).
 */
package org.fourpermille.hub.groups;
