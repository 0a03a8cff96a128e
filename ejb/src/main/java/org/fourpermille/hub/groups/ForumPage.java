package org.fourpermille.hub.groups;

import java.util.List;

/** One page of a group's topics for one reader, pinned first, with the open reports for moderators. */
public record ForumPage(GroupPass pass, List<TopicRow> topics, long total, int page, int pages, long openReports) {

    public HubGroup group() {
        return pass.group();
    }
}
