package org.fourpermille.hub.groups;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The forum's cards on a group's front page: its latest topics and its latest announcements. */
@Named("forumCards")
@RequestScoped
public class ForumCardsBacking {

    static final int LATEST = 5;
    static final int ANNOUNCEMENTS = 3;

    @Inject
    private Forum forum;

    private final Map<Long, List<TopicRow>> latest = new HashMap<>();
    private final Map<Long, List<TopicRow>> announcements = new HashMap<>();

    public List<TopicRow> latest(long groupId) {
        return latest.computeIfAbsent(groupId, id -> forum.latest(id, LATEST));
    }

    public List<TopicRow> announcements(long groupId) {
        return announcements.computeIfAbsent(groupId, id -> forum.announcements(id, ANNOUNCEMENTS));
    }
}
