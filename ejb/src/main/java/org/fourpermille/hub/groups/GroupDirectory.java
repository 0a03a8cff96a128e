package org.fourpermille.hub.groups;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.identity.CallerAccount;
import org.fourpermille.hub.identity.Role;
import org.fourpermille.hub.membership.Organisation;
import org.fourpermille.hub.membership.OrganisationType;

/**
 * The groups a person takes part in, derived from their organisation and roles until group membership
 * is recorded per person: their College, the Funders group for funders, the four Interfaces, the
 * Consortium for representatives of Members, the STC for its experts; the secretariat and administrators see all.
 */
@Stateless
@RolesAllowed({Role.PARTNER_NAME, Role.MEMBER_NAME, Role.SECRETARIAT_NAME, Role.STC_EXPERT_NAME, Role.ADMIN_NAME})
public class GroupDirectory {

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @Inject
    private CallerAccount caller;

    public List<HubGroup> myGroups() {
        Account account = caller.get();
        List<HubGroup> all = em.createNamedQuery(HubGroup.ALL, HubGroup.class).getResultList();
        if (account.hasRole(Role.SECRETARIAT) || account.hasRole(Role.ADMIN)) {
            return all;
        }
        Set<GroupCode> mine = codesOf(account);
        return all.stream().filter(g -> mine.stream().anyMatch(code -> code.name().equals(g.getCode()))).toList();
    }

    static Set<GroupCode> codesOf(Account account) {
        Set<GroupCode> codes = EnumSet.noneOf(GroupCode.class);
        codes.addAll(EnumSet.of(GroupCode.INTERFACE_KNOWLEDGE, GroupCode.INTERFACE_POLICY,
                GroupCode.INTERFACE_RESEARCH, GroupCode.INTERFACE_PROJECTS));
        Organisation organisation = account.getOrganisation();
        if (organisation != null) {
            codes.add(organisation.getType().college());
            if (organisation.getType() == OrganisationType.FUNDER) {
                codes.add(GroupCode.FUNDERS);
            }
        }
        if (account.hasRole(Role.MEMBER)) {
            codes.add(GroupCode.CONSORTIUM);
        }
        if (account.hasRole(Role.STC_EXPERT)) {
            codes.add(GroupCode.STC);
        }
        return codes;
    }
}
