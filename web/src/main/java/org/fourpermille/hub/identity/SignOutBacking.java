package org.fourpermille.hub.identity;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.fourpermille.hub.shared.AuditAction;
import org.fourpermille.hub.shared.AuditLog;
import org.fourpermille.hub.shared.SupportedLocale;
import org.fourpermille.hub.shared.UserPreferences;

/** The sign-out button of the layout: ends the session everywhere in the cluster and returns home. */
@Named("signOut")
@RequestScoped
public class SignOutBacking {

    @Inject
    private ExternalContext external;

    @Inject
    private AuditLog audit;

    @Inject
    private UserPreferences preferences;

    public void signOut() throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getUserPrincipal() != null) {
            audit.record(AuditAction.SIGN_OUT, request.getUserPrincipal().getName(), null);
        }
        SupportedLocale language = preferences.getLanguage();
        request.logout();
        external.invalidateSession();
        // No session any more: the language the person was reading stays in the visitor's cookie.
        preferences.choose(language);
        external.redirect(external.getRequestContextPath() + "/index.xhtml");
    }
}
