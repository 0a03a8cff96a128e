package org.fourpermille.hub.identity;

import java.io.IOException;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.fourpermille.hub.shared.Texts;
import org.fourpermille.hub.shared.UserPreferences;

/** {@code /login.xhtml}: signs in through Jakarta Security, then continues where the visitor was going. */
@Named("login")
@RequestScoped
public class LoginBacking {

    @NotBlank
    @Size(max = Account.EMAIL_LENGTH)
    private String email;

    @NotBlank
    @Size(max = PasswordPolicy.MAX_LENGTH * 2)
    private String password;

    /** The page to continue to once signed in, from the address; kept by the form; checked before use. */
    private String continueTo;

    @Inject
    private SecurityContext security;
    @Inject
    private ExternalContext external;
    @Inject
    private SignInAttempt attempt;
    @Inject
    private ProfileService profile;
    @Inject
    private UserPreferences preferences;

    @PostConstruct
    void fromAddress() {
        continueTo = external.getRequestParameterMap().get(HubAuthenticationMechanism.CONTINUE_PARAMETER);
    }

    public void signIn() throws IOException {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(email.trim(), password))
                .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            adoptAccountLanguage(request);
            external.redirect(HubAuthenticationMechanism.continueTo(request, continueTo)
                    .orElse(external.getRequestContextPath() + "/dashboard.xhtml"));
        } else {
            refused();
        }
    }

    private void adoptAccountLanguage(HttpServletRequest request) {
        // A new session id after sign-in: a session id planted before sign-in is worthless afterwards.
        request.changeSessionId();
        preferences.choose(profile.current().getLocale());
    }

    private void refused() {
        SignInResult result = attempt.result();
        SignInResult.Outcome outcome = result == null ? SignInResult.Outcome.INVALID : result.outcome();
        switch (outcome) {
            case THROTTLED -> Texts.error(null, "login.error.throttled", result.retryAfter().toSeconds());
            case SUSPENDED -> Texts.error(null, "login.error.organisationSuspended");
            case WITHDRAWN -> Texts.error(null, "login.error.organisationWithdrawn");
            case NO_ROLE -> Texts.error(null, "login.error.noRole");
            case UNAVAILABLE -> Texts.error(null, "login.error.unavailable");
            default -> Texts.error(null, "login.error.invalid");
        }
        password = null;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
