package org.fourpermille.hub.groups;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.identity.ProfileService;
import org.fourpermille.hub.shared.Role;

/**
 * {@code /dashboard.xhtml}: who I am, my organisation, my groups with what is new since my last visit,
 * the requests waiting for me as facilitator, and what my roles let me do.
 */
@Named("dashboard")
@RequestScoped
public class DashboardBacking {

    @Inject
    private ProfileService profile;

    @Inject
    private GroupMembership groups;

    private Account account;
    private List<GroupSummary> myGroups;
    private List<GroupMember> requests;

    @PostConstruct
    void load() {
        account = profile.current();
        myGroups = groups.myGroups();
        requests = groups.requestsForMe();
    }

    public Account getAccount() {
        return account;
    }

    public String getOrganisationName() {
        return account.getOrganisation() == null ? null : account.getOrganisation().getName();
    }

    public List<GroupSummary> getGroups() {
        return myGroups;
    }

    public List<GroupMember> getRequests() {
        return requests;
    }

    public List<Role> getRoles() {
        // Stored roles and the ones a current appointment gives (an STC term), as the person holds them.
        return java.util.stream.Stream.concat(account.getRoles().stream(), account.getAppointedRoles().stream()).distinct().sorted().toList();
    }
}
