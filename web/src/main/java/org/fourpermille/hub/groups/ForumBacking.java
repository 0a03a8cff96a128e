package org.fourpermille.hub.groups;

import java.io.IOException;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.FormSubmissions;
import org.fourpermille.hub.shared.FormToken;
import org.fourpermille.hub.shared.InvalidInputException;
import org.fourpermille.hub.shared.NotFound;
import org.fourpermille.hub.shared.NotFoundException;
import org.fourpermille.hub.shared.Texts;
import org.omnifaces.cdi.Param;

/**
 * {@code /groups/forum.xhtml?group=G[&page=N]}: a group's topics, pinned first, with what is new for the
 * reader, and the form to start a topic (or, for facilitators, an announcement). Outsiders get a 404.
 */
@Named("forumPage")
@RequestScoped
public class ForumBacking {

    @Inject
    @Param(name = "group")
    private Long groupId;

    @Inject
    @Param(name = "page")
    private Integer page;

    @Inject
    private Forum forum;

    @Inject
    private FormSubmissions submissions;

    @Inject
    private FormToken formToken;

    private ForumPage view;
    private String title;
    private String body;
    private boolean announcement;

    @PostConstruct
    void load() {
        if (groupId == null) {
            return;
        }
        try {
            view = forum.topics(groupId, page == null ? 1 : page);
        } catch (NotFoundException unknown) {
            view = null;
        }
    }

    public void requireFound() throws IOException {
        if (view == null) {
            NotFound.send();
        }
    }

    public boolean isFound() {
        return view != null;
    }

    public ForumPage getView() {
        return view;
    }

    public String start() {
        try {
            long topicId = submissions.once(formToken.posted("newTopic"), "forum.topic",
                    () -> forum.startTopic(groupId, title, body, announcement, null, null));
            Texts.info(null, announcement ? "forum.announced" : "forum.started");
            return "/groups/topic?faces-redirect=true&id=" + topicId;
        } catch (InvalidInputException refused) {
            Texts.error(null, refused);
            refused.problems().forEach(p -> Texts.error("newTopic:" + p.field(), p.messageKey(), p.arguments()));
            return null;
        } catch (BusinessException refused) {
            Texts.error(null, refused);
            return null;
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public boolean isAnnouncement() {
        return announcement;
    }

    public void setAnnouncement(boolean announcement) {
        this.announcement = announcement;
    }
}
