package org.fourpermille.hub.groups;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.shared.Clock;

/**
 * Records what happens in groups and tells the people concerned. Called by the services of a group's
 * space once they have checked the caller, inside their transaction: the activity and its notifications
 * are written with the post, the document or the decision, or not at all.
 *
 * <p>Everyone in the group at that moment (except the author) gets a notification row in one statement,
 * read from {@code group_member_effective}; the people named in {@code directly} (the author of the post
 * replied to, people mentioned) are told at once whatever their level, provided they are in the group:
 * nobody outside it learns of its content through a notification.
 */
@Stateless
@PermitAll
public class GroupActivityLog {

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * @param title    as the author wrote it (a topic's subject, a document's name)
     * @param path     the page that shows it, inside the application ({@code /groups/topic.xhtml?id=12})
     * @param directly people told at once because it answers or names them; may be empty
     * @param reason   why {@code directly} are told: {@code REPLY} or {@code MENTION}
     */
    public GroupActivity record(HubGroup group, ActivityKind kind, Account actor, String title, String path,
                                Collection<Account> directly, String reason) {
        Map<String, Collection<Account>> told = new LinkedHashMap<>();
        told.put(reason == null ? "REPLY" : reason, directly == null ? List.of() : directly);
        return record(group, kind, actor, title, path, told);
    }

    /**
     * Like {@link #record(HubGroup, ActivityKind, Account, String, String, Collection, String)} with people
     * told at once for different reasons; someone in two lists is told once, for the first reason listed.
     */
    public GroupActivity record(HubGroup group, ActivityKind kind, Account actor, String title, String path,
                                Map<String, ? extends Collection<Account>> directly) {
        GroupActivity activity = new GroupActivity(group, kind, actor, title, path, clock.now());
        em.persist(activity);
        em.flush();
        Timestamp now = Timestamp.from(activity.getOccurredAt());
        long actorId = actor == null ? -1 : actor.getId();
        for (Map.Entry<String, ? extends Collection<Account>> told : directly.entrySet()) {
            List<Long> direct = told.getValue().stream().map(Account::getId).filter(id -> id != actorId).distinct().toList();
            if (direct.isEmpty()) {
                continue;
            }
            // Only people in the group now: a name that matches someone outside it tells nobody.
            em.createNativeQuery("INSERT INTO notification (account_id, activity_id, reason, immediate, created_at)"
                            + " SELECT e.account_id, ?1, ?2, true, ?3 FROM group_member_effective e"
                            + " WHERE e.group_id = ?4 AND e.account_id = ANY (CAST(?5 AS bigint[])) ON CONFLICT DO NOTHING")
                    .setParameter(1, activity.getId()).setParameter(2, told.getKey())
                    .setParameter(3, now).setParameter(4, group.getId()).setParameter(5, arrayLiteral(direct))
                    .executeUpdate();
        }
        em.createNativeQuery("INSERT INTO notification (account_id, activity_id, reason, immediate, created_at)"
                        + " SELECT e.account_id, ?1, 'GROUP', ?2, ?3 FROM group_member_effective e"
                        + " WHERE e.group_id = ?4 AND e.account_id <> ?5 ON CONFLICT DO NOTHING")
                .setParameter(1, activity.getId()).setParameter(2, kind.alwaysImmediate())
                .setParameter(3, now).setParameter(4, group.getId()).setParameter(5, actorId)
                .executeUpdate();
        return activity;
    }

    private static String arrayLiteral(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }

    /** Records an activity that tells the group's members only (no reply, no mention). */
    public GroupActivity record(HubGroup group, ActivityKind kind, Account actor, String title, String path) {
        return record(group, kind, actor, title, path, List.of(), null);
    }
}
