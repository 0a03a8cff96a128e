package org.fourpermille.hub.groups;

import java.io.IOException;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.NotFound;
import org.fourpermille.hub.shared.Texts;
import org.omnifaces.cdi.Param;

/**
 * {@code /groups/reports.xhtml?group=G}: the posts members reported to the group's facilitators, oldest
 * first, each marked handled once dealt with. Facilitators and staff; others get a 404.
 */
@Named("forumReports")
@RequestScoped
public class ReportsBacking {

    @Inject
    @Param(name = "group")
    private Long groupId;

    @Inject
    private Forum forum;
    @Inject
    private ForumModeration moderation;

    private ForumPage forumPage;
    private List<ReportRow> reports;

    @PostConstruct
    void load() {
        if (groupId == null) {
            return;
        }
        try {
            reports = moderation.openReports(groupId);
            forumPage = forum.topics(groupId, 1);
        } catch (BusinessException notModerator) {
            reports = null;
        }
    }

    public void requireFound() throws IOException {
        if (reports == null) {
            NotFound.send();
        }
    }

    public boolean isFound() {
        return reports != null;
    }

    public HubGroup getGroup() {
        return forumPage.group();
    }

    public List<ReportRow> getReports() {
        return reports;
    }

    public String handle(long reportId) {
        try {
            moderation.handleReport(reportId);
            Texts.info(null, "forum.reportHandled");
        } catch (BusinessException refused) {
            Texts.error(null, refused);
        }
        return "/groups/reports?faces-redirect=true&group=" + groupId;
    }
}
