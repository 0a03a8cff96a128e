package org.fourpermille.hub.notification;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import org.fourpermille.hub.groups.NotificationLevel;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.NotFoundException;
import org.fourpermille.hub.shared.Texts;
import org.omnifaces.cdi.Param;

/**
 * {@code /account/notifications.xhtml}: my notifications, newest first, a page at a time ({@code ?page=2}),
 * "mark all read", and how I hear from each of my groups. A line links to {@code ?open=ID}, which marks it
 * read and goes to the page it is about.
 */
@Named("notifications")
@RequestScoped
public class NotificationsBacking {

    static final int PAGE_SIZE = 20;

    @Inject
    @Param(name = "page")
    private Integer page;

    @Inject
    @Param(name = "open")
    private Long open;

    @Inject
    private MyNotifications notifications;
    @Inject
    private MyWork work;

    private List<MyNotifications.Line> lines;
    private List<MyNotifications.GroupLevel> levels;
    private final Map<Long, String> chosen = new HashMap<>();
    private Long total;

    @PostConstruct
    void load() {
        levels = notifications.levels();
        levels.forEach(row -> chosen.put(row.group().getId(), row.level().name()));
    }

    /** Before rendering: a click on a line marks it read and goes where it points. */
    public void openRequested() throws IOException {
        if (open == null) {
            return;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        String path;
        try {
            path = notifications.open(open);
        } catch (NotFoundException gone) {
            external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            context.responseComplete();
            return;
        }
        // Paths are written by the platform's own services; refuse anything that would leave the site.
        if (!path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
            path = "/account/notifications.xhtml";
        }
        external.redirect(external.getRequestContextPath() + path);
        context.responseComplete();
    }

    public List<MyNotifications.Line> getLines() {
        if (lines == null) {
            lines = notifications.page((getPage() - 1) * PAGE_SIZE, PAGE_SIZE);
        }
        return lines;
    }

    public long getTotal() {
        if (total == null) {
            total = notifications.count();
        }
        return total;
    }

    public int getPage() {
        return page == null || page < 1 ? 1 : Math.min(page, getPages());
    }

    public int getPages() {
        return (int) Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public String markAllRead() {
        notifications.markAllRead();
        work.markNoticesRead();
        Texts.info(null, "notifications.allRead");
        return "/account/notifications?faces-redirect=true";
    }

    /** Saves the levels that changed in the overview. */
    public String saveLevels() {
        try {
            for (MyNotifications.GroupLevel row : levels) {
                String level = chosen.get(row.group().getId());
                if (level != null && !level.equals(row.level().name())) {
                    notifications.setLevel(row.group().getId(), NotificationLevel.valueOf(level));
                }
            }
        } catch (BusinessException refused) {
            Texts.error(null, refused);
            return null;
        } catch (IllegalArgumentException unknownLevel) {
            Texts.error(null, "notifications.levels.unknown");
            return null;
        }
        Texts.info(null, "notifications.levels.saved");
        return "/account/notifications?faces-redirect=true";
    }

    public List<MyNotifications.GroupLevel> getLevels() {
        return levels;
    }

    public NotificationLevel[] getLevelChoices() {
        return NotificationLevel.values();
    }

    /** The level chosen for each group in the overview, by group id. */
    public Map<Long, String> getChosen() {
        return chosen;
    }
}
