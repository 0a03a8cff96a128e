package org.fourpermille.hub.groups;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.Texts;
import org.omnifaces.cdi.Param;

/** The "How I hear from this group" form on a group's front page ({@code ?id=G}), for its members. */
@Named("groupNotifications")
@RequestScoped
public class GroupNotificationsBacking {

    @Inject
    @Param(name = "id")
    private Long id;

    @Inject
    private GroupMembership membership;

    private NotificationLevel level;

    public NotificationLevel getLevel() {
        if (level == null && id != null) {
            GroupMember row = membership.myRow(id);
            level = row == null ? NotificationLevel.DAILY : row.getNotificationLevel();
        }
        return level;
    }

    public void setLevel(NotificationLevel level) {
        this.level = level;
    }

    public NotificationLevel[] getLevels() {
        return NotificationLevel.values();
    }

    public String save() {
        try {
            membership.setNotificationLevel(id, level);
        } catch (BusinessException refused) {
            Texts.error("notificationLevelForm:level", refused);
            return null;
        }
        Texts.info(null, "group.notifications.saved");
        return "/groups/group?faces-redirect=true&id=" + id;
    }
}
