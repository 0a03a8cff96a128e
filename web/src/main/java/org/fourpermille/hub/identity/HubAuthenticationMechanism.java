package org.fourpermille.hub.identity;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.fourpermille.hub.shared.AuditAction;
import org.fourpermille.hub.shared.AuditLog;
import org.fourpermille.hub.shared.DatabaseOutage;
import org.fourpermille.hub.shared.LocalPath;
import org.fourpermille.hub.shared.Responses;
import org.fourpermille.hub.shared.Role;
import org.fourpermille.hub.shared.UserPreferences;

/**
 * How a person is signed in, on every request, on every node.
 * <p>
 * Signing in ({@code /login.xhtml} calls {@code SecurityContext.authenticate} with the email and password)
 * checks the credentials with the identity store and keeps a {@link SignedIn} record (email and roles at that
 * moment) in the HTTP session, which the cluster replicates. Each later request gives the container that
 * person and the roles they hold <em>now</em>, read from the database. When those differ from the roles at
 * sign-in (their organisation was suspended or withdrew, they were removed from it, their account was
 * disabled, or their roles changed) the session ends and the person lands on the sign-in page, which says
 * why; access follows a status change at once, without waiting for the session to expire.
 * <p>
 * We do not use the built-in form mechanism with {@code @AutoApplySession}: on Payara 6.2025.x it lets a
 * request of one session run without that session's roles when several sessions send requests at the same
 * moment (payara/Payara#6145, fixed upstream by FISH-7515 after the last release on Maven Central). Stating
 * the caller and the groups explicitly on every request does not take that path.
 * <p>
 * A protected page asked for without a session sends the visitor to the sign-in page and, once signed in,
 * back to that page ({@link #continueTo}), named in the sign-in page's address so no session is made for it.
 */
@ApplicationScoped
@DeclareRoles({Role.PARTNER_NAME, Role.MEMBER_NAME, Role.SECRETARIAT_NAME, Role.STC_EXPERT_NAME, Role.ADMIN_NAME})
public class HubAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    static final String ENDED_PAGE = "/login.xhtml?ended=true";
    private static final String SIGNED_IN = "hub.signedIn";
    /** The parameter of the sign-in page that names the page to continue to; checked by {@link LocalPath}. */
    static final String CONTINUE_PARAMETER = "continue";

    /** Who signed in on this session, and the roles they had then. */
    record SignedIn(String email, Set<Role> roles) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private SignInService signIn;

    @Inject
    private AuditLog audit;

    @Inject
    private UserPreferences preferences;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return signIn(request, context, identityStores.validate(credential));
        }
        Optional<SignedIn> session = signedIn(request);
        if (session.isPresent()) {
            if (isStatic(request)) {
                return context.doNothing();
            }
            return resume(request, response, context, session.get());
        }
        if (context.isProtected()) {
            // The page to come back to travels in the address, not in a session: a visitor who never signs
            // in costs the cluster no session.
            return sendTo(request, response, "GET".equals(request.getMethod())
                    ? LOGIN_PAGE + "?" + CONTINUE_PARAMETER + "=" + URLEncoder.encode(requestedPath(request), StandardCharsets.UTF_8)
                    : LOGIN_PAGE);
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SIGNED_IN);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    /**
     * Where to go after signing in: the page a visitor asked for before being sent to sign in, if it is a
     * page of this site ({@link LocalPath}: never {@code //host}, {@code /\host} or an encoded form of them).
     */
    public static Optional<String> continueTo(HttpServletRequest request, String requested) {
        return LocalPath.of(requested).filter(path -> path.startsWith(request.getContextPath() + "/"));
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context,
            CredentialValidationResult result) {
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        Set<Role> roles = result.getCallerGroups().stream().map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        String email = result.getCallerPrincipal().getName();
        request.getSession().setAttribute(SIGNED_IN, new SignedIn(email, roles));
        return context.notifyContainerAboutLogin(email, names(roles));
    }

    private AuthenticationStatus resume(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, SignedIn session) {
        Set<Role> now;
        try {
            now = signIn.currentRoles(session.email()).orElse(Set.of());
        } catch (RuntimeException failed) {
            // Runs before any filter: the database out of reach is answered here, the session kept as it is.
            if (DatabaseOutage.isCause(failed) && answerOutage(request, response)) {
                return AuthenticationStatus.SEND_CONTINUE;
            }
            throw failed;
        }
        if (!now.isEmpty() && now.equals(session.roles())) {
            return context.notifyContainerAboutLogin(session.email(), names(now));
        }
        audit.recordAs(session.email(), AuditAction.SIGN_OUT, session.email(), "session ended: access changed");
        HttpSession ended = request.getSession(false);
        if (ended != null) {
            ended.invalidate();
        }
        return sendTo(request, response, ENDED_PAGE);
    }

    private boolean answerOutage(HttpServletRequest request, HttpServletResponse response) {
        try {
            return DatabaseOutage.answer(request, response, preferences.localeFor(request, response));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static AuthenticationStatus sendTo(HttpServletRequest request, HttpServletResponse response, String page) {
        try {
            Responses.redirect(request, response, request.getContextPath() + page);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static Optional<SignedIn> signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn signedIn
                ? Optional.of(signedIn) : Optional.empty();
    }

    private static Set<String> names(Set<Role> roles) {
        return roles.stream().map(Enum::name).collect(Collectors.toSet());
    }

    private static String requestedPath(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    private static boolean isStatic(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }
}
