package org.fourpermille.hub.groups;

import java.util.List;

/**
 * One page of a topic for one reader: the topic, what the reader may do, the posts of the page.
 * {@code title} is null when the topic is hidden from the reader; {@code posts} is then empty.
 */
public record TopicView(Topic topic, String title, String authorName, GroupPass pass, List<PostRow> posts,
                        int page, int pages) {

    public HubGroup group() {
        return pass.group();
    }

    public boolean mayModerate() {
        return pass.mayModerate();
    }

    /** Whether the reader may reply: moderators always, members while the topic is open and shown. */
    public boolean mayReply() {
        return pass.mayModerate() || !topic.isLocked() && !topic.isHidden();
    }
}
