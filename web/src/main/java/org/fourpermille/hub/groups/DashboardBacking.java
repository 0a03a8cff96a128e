package org.fourpermille.hub.groups;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.identity.ProfileService;
import org.fourpermille.hub.identity.Role;

/** {@code /dashboard.xhtml}: who I am, my organisation, my groups and what my roles let me do. */
@Named("dashboard")
@RequestScoped
public class DashboardBacking {

    @Inject
    private ProfileService profile;

    @Inject
    private GroupDirectory groups;

    private Account account;
    private List<HubGroup> myGroups;

    @PostConstruct
    void load() {
        account = profile.current();
        myGroups = groups.myGroups();
    }

    public Account getAccount() {
        return account;
    }

    public String getOrganisationName() {
        return account.getOrganisation() == null ? null : account.getOrganisation().getName();
    }

    public List<HubGroup> getGroups() {
        return myGroups;
    }

    public List<Role> getRoles() {
        return account.getRoles().stream().sorted().toList();
    }
}
