package org.fourpermille.hub.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.shared.Texts;

/**
 * {@code /password/forgot.xhtml}: asks for a reset link. The answer is the same whether or not the address
 * has an account, so the form cannot be used to find out who is registered.
 */
@Named("forgotPassword")
@RequestScoped
public class ForgotPasswordBacking {

    @Inject
    private PasswordService passwords;

    private String email;

    public void submit() {
        passwords.requestReset(email);
        Texts.info(null, "password.forgot.sent");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public int getMaxLength() {
        return Account.EMAIL_LENGTH;
    }
}
