package org.fourpermille.hub.notification;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import org.fourpermille.hub.shared.NotFoundException;
import org.fourpermille.hub.shared.Texts;
import org.fourpermille.hub.shared.WorkQueue;
import org.omnifaces.cdi.Param;

/**
 * The part of {@code /account/notifications.xhtml} about work: the notices of what waits for me (a line
 * links to {@code ?notice=ID}, which marks it read and goes to the work), and, for the secretariat,
 * which of its queues mail me.
 */
@Named("workNotices")
@RequestScoped
public class WorkNoticesBacking {

    @Inject
    @Param(name = "notice")
    private Long notice;

    @Inject
    private MyWork work;

    private List<WorkNotice> notices;
    private Map<WorkQueue, Boolean> mail;

    @PostConstruct
    void load() {
        mail = work.mailChoices();
    }

    /** Before rendering: a click on a notice marks it read and goes to the page of the work. */
    public void openRequested() throws IOException {
        if (notice == null) {
            return;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        try {
            String path = work.openNotice(notice);
            external.redirect(external.getRequestContextPath() + path);
        } catch (NotFoundException gone) {
            external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        }
        context.responseComplete();
    }

    public List<WorkNotice> getNotices() {
        if (notices == null) {
            notices = work.notices();
        }
        return notices;
    }

    public WorkQueue[] getQueues() {
        return WorkQueue.values();
    }

    /** Whether each secretariat queue mails me, by queue; empty for people outside the secretariat. */
    public Map<WorkQueue, Boolean> getMail() {
        return mail;
    }

    public String saveMail() {
        for (WorkQueue queue : WorkQueue.values()) {
            work.chooseMail(queue, Boolean.TRUE.equals(mail.get(queue)));
        }
        Texts.info(null, "notifications.queues.saved");
        return "/account/notifications?faces-redirect=true";
    }
}
