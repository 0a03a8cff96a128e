package org.fourpermille.hub.shared;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The menu of the layout, built from the caller's roles. Only a convenience: every page and service
 * checks access on the server itself.
 */
@Named
@RequestScoped
public class Navigation {

    /** One entry: the outcome (page) and the message key of its label. */
    public record Item(String outcome, String labelKey) {
    }

    public boolean isSignedIn() {
        return external().getUserPrincipal() != null;
    }

    public String getUserName() {
        return isSignedIn() ? external().getUserPrincipal().getName() : null;
    }

    public boolean has(String role) {
        return external().isUserInRole(role);
    }

    /**
     * The current one, looked up on each call: an injected ExternalContext stays bound to the first Faces
     * request of the HTTP request, and the error page, rendered later in the same HTTP request after that
     * one failed, would find it released (NullPointerException instead of the error page).
     */
    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }

    /**
     * The address of this page in another language: the current query (an application's key, an id) is
     * kept, so switching language never loses what the page was showing.
     */
    public String languageLink(String tag) {
        String query = external().getRequestParameterMap().isEmpty() ? null
                : ((jakarta.servlet.http.HttpServletRequest) external().getRequest()).getQueryString();
        String kept = query == null ? "" : query.replaceAll("(^|&)lang=[^&]*", "").replaceFirst("^&", "");
        return "?" + (kept.isEmpty() ? "" : kept + "&") + "lang=" + tag;
    }

    /**
     * This page's address inside the platform, query included, for a form that comes back here (the
     * language switch of a signed-in person); what it receives back is checked again by {@link LocalPath}.
     */
    public String getHere() {
        jakarta.servlet.http.HttpServletRequest request = (jakarta.servlet.http.HttpServletRequest) external().getRequest();
        Object forwarded = request.getAttribute(jakarta.servlet.RequestDispatcher.FORWARD_REQUEST_URI);
        String uri = forwarded instanceof String original ? original : request.getRequestURI();
        String query = request.getQueryString();
        return uri.substring(request.getContextPath().length()) + (query == null || "POST".equals(request.getMethod()) ? "" : "?" + query);
    }

    public List<Item> getItems() {
        List<Item> items = new ArrayList<>();
        if (!isSignedIn()) {
            items.add(new Item("/index", "nav.home"));
            items.add(new Item("/join/application", "nav.join"));
            items.add(new Item("/statistics", "nav.statistics"));
            return items;
        }
        items.add(new Item("/dashboard", "nav.dashboard"));
        if (has(Role.PARTNER_NAME) || has(Role.MEMBER_NAME)) {
            items.add(new Item("/organisation/profile", "nav.organisation"));
        }
        items.add(new Item("/groups/index", "nav.groups"));
        items.add(new Item("/projects/index", "nav.projects"));
        items.add(new Item("/offers/index", "nav.offers"));
        items.add(new Item("/projects/showcase", "nav.showcase"));
        items.add(new Item("/directory/organisations", "nav.directory"));
        if (has(Role.STC_EXPERT_NAME) || has(Role.PARTNER_NAME) || has(Role.MEMBER_NAME)) {
            items.add(new Item("/assessment/mine", "nav.assessment.mine"));
        }
        if (has(Role.PARTNER_NAME) || has(Role.MEMBER_NAME) || has(Role.SECRETARIAT_NAME) || has(Role.ADMIN_NAME)) {
            items.add(new Item("/interests/index", "nav.interests"));
        }
        items.add(new Item("/statistics", "nav.statistics"));
        if (has(Role.SECRETARIAT_NAME) || has(Role.ADMIN_NAME)) {
            items.add(new Item("/secretariat/applications", "nav.secretariat.applications"));
            items.add(new Item("/secretariat/changes", "nav.secretariat.changes"));
            items.add(new Item("/secretariat/registry", "nav.secretariat.registry"));
            items.add(new Item("/secretariat/matching-weights", "nav.secretariat.matchingWeights"));
            items.add(new Item("/secretariat/reference", "nav.secretariat.reference"));
            items.add(new Item("/assessment/calls", "nav.assessment.calls"));
        }
        if (has(Role.ADMIN_NAME)) {
            items.add(new Item("/admin/accounts", "nav.admin.accounts"));
            items.add(new Item("/admin/audit", "nav.admin.audit"));
            items.add(new Item("/admin/mail", "nav.admin.mail"));
            items.add(new Item("/admin/operations", "nav.admin.operations"));
        }
        items.add(new Item("/account/settings", "nav.settings"));
        return items;
    }
}
