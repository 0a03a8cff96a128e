package org.fourpermille.hub.groups;

/**
 * What a group's front page needs from one visit: the group as the visitor sees it and what they may do in it.
 */
public record GroupVisit(GroupSummary summary, GroupPass pass) {
}
