package org.fourpermille.hub.identity;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.Role;
import org.fourpermille.hub.shared.SupportedLocale;
import org.fourpermille.hub.shared.Texts;
import org.fourpermille.hub.shared.TimeZones;
import org.fourpermille.hub.shared.UserPreferences;

/** {@code /account/settings.xhtml}: my profile, my password and the language the platform speaks to me. */
@Named("settings")
@RequestScoped
public class SettingsBacking {

    @Inject
    private ProfileService profile;
    @Inject
    private PasswordService passwords;
    @Inject
    private UserPreferences preferences;

    private Account account;
    private String current;
    private String newPassword;
    private String confirm;
    private SupportedLocale language;
    private String timeZone;

    @PostConstruct
    void load() {
        account = profile.current();
        language = account.getLocale();
        timeZone = account.getTimeZone();
    }

    public void changePassword() {
        if (!newPassword.equals(confirm)) {
            Texts.error("password:confirm", "password.error.mismatch");
            return;
        }
        try {
            passwords.changePassword(current, newPassword);
            Texts.info(null, "settings.password.changed");
        } catch (BusinessException e) {
            Texts.error(fieldOf(e.messageKey()), e);
        } finally {
            current = null;
            newPassword = null;
            confirm = null;
        }
    }

    private static String fieldOf(String key) {
        return switch (key) {
            case "password.error.currentWrong" -> "password:current";
            case "password.error.length", "password.error.blank", "password.error.unchanged" -> "password:newPassword";
            default -> null;
        };
    }

    /** Saves the language and shows the page again in it. */
    public String saveLanguage() {
        try {
            account = profile.changeLanguage(language);
        } catch (BusinessException e) {
            Texts.error(null, e);
            return null;
        }
        preferences.choose(language);
        FacesContext.getCurrentInstance().getViewRoot().setLocale(language.locale());
        Texts.info(null, "settings.language.saved");
        return "/account/settings?faces-redirect=true";
    }

    /** Saves the zone the person reads times in (events are shown in it). */
    public String saveTimeZone() {
        try {
            account = profile.changeTimeZone(timeZone);
        } catch (BusinessException e) {
            Texts.error("timeZone:zone", e);
            return null;
        }
        Texts.info(null, "settings.timeZone.saved");
        return "/account/settings?faces-redirect=true";
    }

    /** Grouped by region, the saved zone first (the page's script adds the browser's); the select posts the id. */
    public List<SelectItem> getTimeZones() {
        return TimeZones.grouped(java.util.Arrays.asList(account.getTimeZone()));
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public Account getAccount() {
        return account;
    }

    public List<Role> getRoles() {
        // Stored roles and the ones a current appointment gives (an STC term), as the person holds them.
        return java.util.stream.Stream.concat(account.getRoles().stream(), account.getAppointedRoles().stream()).distinct().sorted().toList();
    }

    public SupportedLocale[] getLanguages() {
        return SupportedLocale.values();
    }

    public int getMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public int getMaxLength() {
        return PasswordPolicy.MAX_LENGTH;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirm() {
        return confirm;
    }

    public void setConfirm(String confirm) {
        this.confirm = confirm;
    }

    public SupportedLocale getLanguage() {
        return language;
    }

    public void setLanguage(SupportedLocale language) {
        this.language = language;
    }
}
