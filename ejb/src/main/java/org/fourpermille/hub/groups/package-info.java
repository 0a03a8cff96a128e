/**
 * Services of the groups and their spaces: who is in which group and who may see it, forums and their
 * moderation, documents, events, governance (decisions, consultations) and the activity that feeds
 * notifications. The groups name the Colleges for membership's directory ({@code CollegeGroupNames}).
 */
package org.fourpermille.hub.groups;
