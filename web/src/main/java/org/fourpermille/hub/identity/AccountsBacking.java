package org.fourpermille.hub.identity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.PagedRows;
import org.fourpermille.hub.shared.Role;
import org.fourpermille.hub.shared.SupportedLocale;
import org.fourpermille.hub.shared.Texts;
import org.fourpermille.hub.shared.UserPreferences;
import org.omnifaces.cdi.ViewScoped;

/**
 * {@code /admin/accounts.xhtml}: find accounts, invite people, disable and enable accounts. View-scoped
 * because paging and the row buttons are ajax requests that must see the filter the table was built with.
 */
@Named("accounts")
@ViewScoped
public class AccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;
    private static final String TABLE = "accounts:accountTable";

    @Inject
    private AccountAdministration administration;
    @Inject
    private UserPreferences preferences;

    private String filter;
    private String appliedFilter;
    private final PagedRows<AccountRow> rows = new Rows();

    private String email;
    private String name;
    private List<Role> roles = new ArrayList<>();
    private SupportedLocale language;

    @PostConstruct
    void init() {
        language = preferences.getLanguage();
    }

    public void search() {
        appliedFilter = filter;
        PagedRows.firstPage(TABLE);
    }

    public void invite() {
        Set<Role> chosen = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        try {
            Account invited = administration.invite(email, name, chosen, language);
            Texts.info(null, "accounts.invite.sent", invited.getEmail());
        } catch (BusinessException e) {
            Texts.error(inviteFieldOf(e.messageKey()), e);
            return;
        }
        email = null;
        name = null;
        roles = new ArrayList<>();
        language = preferences.getLanguage();
    }

    private static String inviteFieldOf(String key) {
        return switch (key) {
            case "account.error.email", "account.error.emailTaken" -> "invite:email";
            case "account.error.name" -> "invite:name";
            case "account.error.noRole" -> "invite:roles";
            default -> null;
        };
    }

    public void disable(AccountRow row) {
        try {
            administration.disable(row.id());
            Texts.info(null, "accounts.disabled", row.email());
        } catch (BusinessException e) {
            Texts.error(null, e);
        }
    }

    public void enable(AccountRow row) {
        try {
            administration.enable(row.id());
            Texts.info(null, "accounts.enabled", row.email());
        } catch (BusinessException e) {
            Texts.error(null, e);
        }
    }

    private final class Rows extends PagedRows<AccountRow> {

        private static final long serialVersionUID = 1L;

        @Override
        protected long total() {
            return administration.count(appliedFilter);
        }

        @Override
        protected List<AccountRow> page(int first, int pageSize) {
            return administration.search(appliedFilter, first, pageSize).stream().map(AccountRow::of).toList();
        }

        @Override
        protected Object key(AccountRow row) {
            return row.id();
        }
    }

    public PagedRows<AccountRow> getRows() {
        return rows;
    }

    public int getPageSize() {
        return PAGE_SIZE;
    }

    public Role[] getAllRoles() {
        return Role.givenByHand();
    }

    public SupportedLocale[] getLanguages() {
        return SupportedLocale.values();
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }

    public SupportedLocale getLanguage() {
        return language;
    }

    public void setLanguage(SupportedLocale language) {
        this.language = language;
    }
}
