package org.fourpermille.hub.groups;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.identity.CallerAccount;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.NotFoundException;
import org.fourpermille.hub.shared.Role;

/**
 * The one gate into a group's content. Every service of a group's space (forum, documents, events,
 * decisions) asks here first: {@link #read} for anything it shows, {@link #moderate} for what only
 * facilitators and staff do. Someone who is not in the group gets "not found", exactly as for an id that
 * does not exist, so guessing ids reveals nothing (not even that a Consortium topic exists).
 */
@Stateless
@RolesAllowed({Role.PARTNER_NAME, Role.MEMBER_NAME, Role.SECRETARIAT_NAME, Role.STC_EXPERT_NAME, Role.ADMIN_NAME})
public class GroupAccess {

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @Inject
    private CallerAccount caller;

    /** The caller's pass to the group, whatever it allows; not found only when the group does not exist. */
    public GroupPass pass(long groupId) {
        HubGroup group = em.find(HubGroup.class, groupId);
        if (group == null) {
            throw new NotFoundException();
        }
        return pass(group, caller.get());
    }

    /** The caller's pass when they may read the group's content; not found otherwise. */
    public GroupPass read(long groupId) {
        GroupPass pass = pass(groupId);
        if (!pass.mayRead()) {
            throw new NotFoundException();
        }
        return pass;
    }

    /** The caller's pass when they may moderate the group; not found for outsiders, refused for plain members. */
    public GroupPass moderate(long groupId) {
        GroupPass pass = read(groupId);
        if (!pass.mayModerate()) {
            throw new BusinessException("group.error.moderatorsOnly");
        }
        return pass;
    }

    GroupPass pass(HubGroup group, Account account) {
        boolean staff = isStaff(account);
        boolean member = isMember(group.getId(), account.getId());
        GroupRole role = GroupRole.MEMBER;
        if (member) {
            List<GroupMember> rows = em.createNamedQuery(GroupMember.OF, GroupMember.class)
                    .setParameter("group", group).setParameter("account", account).getResultList();
            role = rows.isEmpty() ? GroupRole.MEMBER : rows.get(0).getRole();
        }
        return new GroupPass(group, account, member, role, staff);
    }

    /** Whether a person is in the group now (their organisation, their requests, their terms). */
    public boolean isMember(long groupId, long accountId) {
        return !em.createNativeQuery("SELECT 1 FROM group_member_effective WHERE group_id = ?1 AND account_id = ?2")
                .setParameter(1, groupId).setParameter(2, accountId).setMaxResults(1).getResultList().isEmpty();
    }

    /** The ids of the groups the caller is in. */
    public Set<Long> myGroupIds() {
        return groupIdsOf(caller.get());
    }

    public Set<Long> groupIdsOf(Account account) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT group_id FROM group_member_effective WHERE account_id = ?1")
                .setParameter(1, account.getId()).getResultList();
        return ids.stream().map(Number::longValue).collect(Collectors.toSet());
    }

    static boolean isStaff(Account account) {
        return account.hasRole(Role.SECRETARIAT) || account.hasRole(Role.ADMIN);
    }
}
