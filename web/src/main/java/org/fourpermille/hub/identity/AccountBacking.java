package org.fourpermille.hub.identity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.Role;
import org.fourpermille.hub.shared.Texts;
import org.omnifaces.cdi.Param;

/**
 * {@code /admin/account.xhtml?id=...}: an account's roles. The form carries the version the administrator
 * saw, so a change made meanwhile by someone else is refused instead of silently overwritten.
 */
@Named("accountRoles")
@RequestScoped
public class AccountBacking {

    @Inject
    @Param(name = "id")
    private Long id;

    @Inject
    private AccountAdministration administration;

    private Account account;
    private String problem;
    private List<Role> roles;
    private int version;

    @PostConstruct
    void load() {
        if (id == null) {
            problem = Texts.text("error.notFound");
            return;
        }
        try {
            showCurrent(administration.get(id));
        } catch (BusinessException e) {
            problem = Texts.text(e.messageKey(), e.arguments());
        }
    }

    private void showCurrent(Account current) {
        account = current;
        roles = new ArrayList<>(current.getRoles().stream().sorted().toList());
        version = current.getVersion();
    }

    public String save() {
        Set<Role> chosen = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        try {
            Account saved = administration.changeRoles(id, chosen, version);
            Texts.info(null, "account.roles.saved", saved.getEmail());
            return "/admin/accounts?faces-redirect=true";
        } catch (BusinessException e) {
            if ("error.concurrentChange".equals(e.messageKey())) {
                showCurrent(administration.get(id)); // as the message says: the page now shows the current state
            }
            Texts.error("account.error.lastAdmin".equals(e.messageKey()) ? "account:roles" : null, e);
            return null;
        }
    }

    public boolean isFound() {
        return account != null;
    }

    /** Why the account cannot be shown, in the reader's language; null when it can. */
    public String getProblem() {
        return problem;
    }

    public Account getAccount() {
        return account;
    }

    public Role[] getAllRoles() {
        return Role.givenByHand();
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
