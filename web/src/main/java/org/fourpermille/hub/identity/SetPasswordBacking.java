package org.fourpermille.hub.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.Texts;
import org.omnifaces.cdi.Param;

/**
 * {@code /password/set.xhtml?token=...}: the page behind reset and invitation links. The link is checked
 * before the form is shown, so an expired or used link is explained at once instead of after typing.
 * The form posts back to the same address (token included), so each request checks the link again.
 */
@Named("setPassword")
@RequestScoped
public class SetPasswordBacking {

    static final String FORM = "setPassword";

    @Inject
    @Param(name = "token")
    private String token;

    @Inject
    private PasswordService passwords;

    private LinkInfo link;
    private String problem;
    private String password;
    private String confirm;

    @PostConstruct
    void inspect() {
        try {
            link = passwords.inspect(token);
        } catch (BusinessException e) {
            refuseLink(e);
        }
    }

    public String submit() {
        if (!password.equals(confirm)) {
            Texts.error(FORM + ":confirm", "password.error.mismatch");
            return null;
        }
        try {
            passwords.setPasswordWithLink(token, password);
        } catch (BusinessException e) {
            if (e.messageKey().startsWith("token.")) {
                refuseLink(e);
            } else {
                Texts.error(e.messageKey().startsWith("password.") ? FORM + ":password" : null, e);
            }
            return null;
        }
        Texts.info(null, "password.set.done");
        return "/login?faces-redirect=true";
    }

    private void refuseLink(BusinessException e) {
        link = null;
        problem = Texts.text(e.messageKey(), e.arguments());
    }

    /** The link works: show whom it is for and the form. */
    public boolean isUsable() {
        return link != null;
    }

    public LinkInfo getLink() {
        return link;
    }

    /** Why the link cannot be used, in the reader's language; null when it can. */
    public String getProblem() {
        return problem;
    }

    public String getTitleKey() {
        return link == null ? "password.set.title" : "password.set.title." + link.purpose().name();
    }

    public int getMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public int getMaxLength() {
        return PasswordPolicy.MAX_LENGTH;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirm() {
        return confirm;
    }

    public void setConfirm(String confirm) {
        this.confirm = confirm;
    }
}
