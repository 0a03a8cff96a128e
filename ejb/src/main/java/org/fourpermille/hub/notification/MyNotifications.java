package org.fourpermille.hub.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.fourpermille.hub.groups.ActivityKind;
import org.fourpermille.hub.groups.GroupMembership;
import org.fourpermille.hub.groups.HubGroup;
import org.fourpermille.hub.groups.NotificationLevel;
import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.identity.CallerAccount;
import org.fourpermille.hub.shared.Clock;
import org.fourpermille.hub.shared.NotFoundException;
import org.fourpermille.hub.shared.Role;

/**
 * The caller's notifications in the platform (newest first, read or not) and how they hear from each of
 * their groups. Only groups the caller is in now count: after leaving a group its notifications are
 * neither listed, nor counted, nor opened; nor are those about a topic, reply or document hidden since.
 */
@Stateless
@RolesAllowed({Role.PARTNER_NAME, Role.MEMBER_NAME, Role.SECRETARIAT_NAME, Role.STC_EXPERT_NAME, Role.ADMIN_NAME})
public class MyNotifications {

    /** The header shows "99+" beyond this: the count stops early so it stays cheap on every page. */
    public static final int UNREAD_SHOWN = 99;

    /**
     * What a hidden topic, a hidden reply or a document taken out of the library was about is gone from
     * everybody's list and count, and comes back if a moderator shows it again: the activity's page names its
     * subject ({@code /groups/topic.xhtml?id=N[&post=M]}, {@code /groups/document.xhtml?id=N}). The patterns
     * avoid a literal '?' (a parameter marker to the JPA provider): '_' stands for it.
     */
    private static final String STILL_SHOWN = " AND NOT EXISTS (SELECT 1 FROM forum_topic t WHERE a.path LIKE '/groups/topic.xhtml_id=%'"
            + " AND t.id = CAST(substring(a.path from 'id=([0-9]+)') AS bigint) AND t.hidden)"
            + " AND NOT EXISTS (SELECT 1 FROM forum_post p WHERE a.path LIKE '/groups/topic.xhtml_id=%&post=%'"
            + " AND p.id = CAST(substring(a.path from 'post=([0-9]+)') AS bigint) AND p.hidden)"
            + " AND NOT EXISTS (SELECT 1 FROM group_document d WHERE a.path LIKE '/groups/document.xhtml_id=%'"
            + " AND d.id = CAST(substring(a.path from 'id=([0-9]+)') AS bigint) AND d.hidden_at IS NOT NULL)";

    private static final String MINE = " FROM notification n JOIN group_activity a ON a.id = n.activity_id"
            + " WHERE n.account_id = ?1 AND a.group_id IN (SELECT e.group_id FROM group_member_effective e WHERE e.account_id = ?1)"
            + STILL_SHOWN;

    /** One line of the list. */
    public record Line(long id, HubGroup group, ActivityKind kind, String title, Instant occurredAt, boolean unread,
                       Notification.Reason reason) {
    }

    /** How the caller hears from one of their groups. */
    public record GroupLevel(HubGroup group, NotificationLevel level) {
    }

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @Inject
    private CallerAccount caller;
    @Inject
    private Clock clock;
    @Inject
    private GroupMembership membership;

    /** Unread notifications, counted up to {@link #UNREAD_SHOWN} + 1. */
    public int unreadCount() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM (SELECT 1" + MINE + " AND n.read_at IS NULL LIMIT "
                        + (UNREAD_SHOWN + 1) + ") unread")
                .setParameter(1, me()).getSingleResult()).intValue();
    }

    public long count() {
        return ((Number) em.createNativeQuery("SELECT count(*)" + MINE).setParameter(1, me()).getSingleResult()).longValue();
    }

    /** A page of the list, newest first. */
    public List<Line> page(int first, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT n.id, a.group_id, a.kind, a.title, a.occurred_at, n.read_at IS NULL, n.reason"
                        + MINE + " ORDER BY n.id DESC OFFSET ?2 LIMIT ?3")
                .setParameter(1, me()).setParameter(2, Math.max(0, first)).setParameter(3, Math.max(1, max))
                .getResultList();
        return rows.stream().map(row -> new Line(((Number) row[0]).longValue(),
                em.find(HubGroup.class, ((Number) row[1]).longValue()), ActivityKind.valueOf((String) row[2]),
                (String) row[3], ((Timestamp) row[4]).toInstant(), (Boolean) row[5],
                Notification.Reason.valueOf((String) row[6]))).toList();
    }

    /** Marks every notification of the caller read; returns how many were unread. */
    public int markAllRead() {
        return em.createNativeQuery("UPDATE notification SET read_at = ?2 WHERE account_id = ?1 AND read_at IS NULL")
                .setParameter(1, me()).setParameter(2, Timestamp.from(clock.now())).executeUpdate();
    }

    /**
     * Marks one notification read and returns the page it is about. Not found when it is not the caller's
     * or about a group they left (its page would refuse them anyway).
     */
    public String open(long notificationId) {
        List<?> path = em.createNativeQuery("SELECT a.path" + MINE + " AND n.id = ?2")
                .setParameter(1, me()).setParameter(2, notificationId).getResultList();
        if (path.isEmpty()) {
            throw new NotFoundException();
        }
        em.createNativeQuery("UPDATE notification SET read_at = ?2 WHERE id = ?1 AND read_at IS NULL")
                .setParameter(1, notificationId).setParameter(2, Timestamp.from(clock.now())).executeUpdate();
        return (String) path.get(0);
    }

    /** The caller's groups with their level (DAILY where they never chose), in the groups' order. */
    public List<GroupLevel> levels() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT g.id, COALESCE(gm.notification_level, 'DAILY')"
                        + " FROM group_member_effective e JOIN hub_group g ON g.id = e.group_id"
                        + " LEFT JOIN group_member gm ON gm.group_id = e.group_id AND gm.account_id = e.account_id"
                        + " WHERE e.account_id = ?1 ORDER BY g.position, g.id")
                .setParameter(1, me()).getResultList();
        return rows.stream().map(row -> new GroupLevel(em.find(HubGroup.class, ((Number) row[0]).longValue()),
                NotificationLevel.valueOf((String) row[1]))).toList();
    }

    /** Sets how the caller hears from one group (the group's own rules apply: see {@link GroupMembership}). */
    public void setLevel(long groupId, NotificationLevel level) {
        membership.setNotificationLevel(groupId, level);
    }

    private long me() {
        Account account = caller.get();
        return account.getId();
    }
}
