package org.fourpermille.hub.identity;

import java.io.IOException;
import java.security.Principal;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.fourpermille.hub.shared.AuditAction;
import org.fourpermille.hub.shared.AuditLog;

/**
 * Keeps open sessions in step with the database: on every request of a signed-in person, the roles of
 * the session are compared with the roles the person has now. When they differ (their organisation was
 * suspended or withdrew, they were removed from it, their account was disabled, or their roles changed)
 * the session ends and the person is sent to the sign-in page, which says why. Access thus follows a
 * status change at once, on every node, without waiting for the session to expire.
 */
@WebFilter(filterName = "AccessFilter", urlPatterns = "/*", asyncSupported = true)
public class AccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String ENDED_PAGE = "/login.xhtml?ended=true";

    @Inject
    private SignInService signIn;

    @Inject
    private AuditLog audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        if (principal == null || isStatic(request) || sessionMatches(request, principal)) {
            chain.doFilter(request, response);
            return;
        }
        audit.recordAs(principal.getName(), AuditAction.SIGN_OUT, principal.getName(), "session ended: access changed");
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String target = request.getContextPath() + ENDED_PAGE;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // A Faces Ajax request follows a redirect only when told so in a partial response.
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target + "\"/></partial-response>");
        } else {
            response.sendRedirect(target);
        }
    }

    private boolean sessionMatches(HttpServletRequest request, Principal principal) {
        Set<Role> now = signIn.currentRoles(principal.getName()).orElse(Set.of());
        if (now.isEmpty()) {
            return false;
        }
        for (Role role : Role.values()) {
            if (request.isUserInRole(role.name()) != now.contains(role)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isStatic(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }
}
