package org.fourpermille.hub.notification;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.fourpermille.hub.groups.GroupMember;
import org.fourpermille.hub.groups.HubGroup;
import org.fourpermille.hub.groups.NotificationLevel;
import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.ConcurrentChange;
import org.fourpermille.hub.shared.SupportedLocale;

/**
 * The one-click unsubscribe link of group mail, which works without signing in: the signed token names
 * the person and the group, and the person's level for that group becomes MENTIONS (decisions,
 * consultations, replies to them and mentions still come by mail). Other groups are left as they are.
 */
@Stateless
@PermitAll
public class GroupUnsubscribe {

    /** What the confirmation page says: which group, in whose language. */
    public record Done(HubGroup group, SupportedLocale language) {
    }

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @Inject
    private UnsubscribeLinks links;

    /** What {@link #apply} would do with this token, changing nothing; refuses a forged or mangled one. */
    public Done check(String token) {
        UnsubscribeToken.Target target = target(token);
        return new Done(groupOf(target), accountOf(target).getLocale());
    }

    /** Sets the level of the token's person for the token's group to MENTIONS. */
    public Done apply(String token) {
        UnsubscribeToken.Target target = target(token);
        Account account = accountOf(target);
        HubGroup group = groupOf(target);
        List<GroupMember> rows = em.createNamedQuery(GroupMember.OF, GroupMember.class)
                .setParameter("group", group).setParameter("account", account).getResultList();
        GroupMember row = rows.isEmpty() ? null : rows.get(0);
        if (row == null) {
            row = new GroupMember(group, account);
            em.persist(row);
        }
        row.setNotificationLevel(NotificationLevel.MENTIONS);
        ConcurrentChange.flush(em);
        return new Done(group, account.getLocale());
    }

    private UnsubscribeToken.Target target(String token) {
        return UnsubscribeToken.read(links.key(), token).orElseThrow(() -> new BusinessException("unsubscribe.error.invalid"));
    }

    private Account accountOf(UnsubscribeToken.Target target) {
        Account account = em.find(Account.class, target.accountId());
        if (account == null) {
            throw new BusinessException("unsubscribe.error.invalid");
        }
        return account;
    }

    private HubGroup groupOf(UnsubscribeToken.Target target) {
        HubGroup group = em.find(HubGroup.class, target.groupId());
        if (group == null) {
            throw new BusinessException("unsubscribe.error.invalid");
        }
        return group;
    }
}
