package org.fourpermille.hub.notification;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The unread count in the layout's header, read once per request and only for signed-in people. */
@Named("notificationBadge")
@RequestScoped
public class NotificationBadge {

    @Inject
    private MyNotifications notifications;
    @Inject
    private MyWork work;

    private Integer unread;

    public int getUnread() {
        if (unread == null) {
            unread = 0;
            if (FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null) {
                try {
                    unread = notifications.unreadCount() + work.unreadNotices();
                } catch (EJBException noPlatformRole) { // EJBAccessException, or AccessLocalException from a local view
                    // The header never breaks a page: without a count the link still leads to the list.
                    unread = 0;
                }
            }
        }
        return unread;
    }

    /** "3", or "99+" beyond what the count reads. */
    public String getLabel() {
        int count = getUnread();
        return count > MyNotifications.UNREAD_SHOWN ? MyNotifications.UNREAD_SHOWN + "+" : String.valueOf(count);
    }
}
