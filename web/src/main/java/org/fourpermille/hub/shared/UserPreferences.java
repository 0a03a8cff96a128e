package org.fourpermille.hub.shared;

import java.util.Collections;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The language this request is rendered in: the choice kept in the session once someone signed in (their
 * account's language), otherwise the choice of an anonymous visitor kept in a small cookie, otherwise the
 * first of the browser's languages that the platform speaks, otherwise English.
 * <p>
 * Request-scoped and never creating a session: an anonymous visitor, a crawler or a health probe costs the
 * cluster no replicated session (a session-scoped bean here made one for every request, CSS included).
 */
@Named("preferences")
@RequestScoped
public class UserPreferences {

    static final String SESSION_ATTRIBUTE = "hub.language";
    public static final String COOKIE = "HUBLANG";
    private static final int COOKIE_MAX_AGE = 365 * 24 * 3600;

    private HttpServletRequest request;
    private HttpServletResponse response;
    private SupportedLocale language;

    /** Called first on every request by {@link RequestFilter}: decides the language of this request. */
    public Locale localeFor(HttpServletRequest currentRequest, HttpServletResponse currentResponse) {
        this.request = currentRequest;
        this.response = currentResponse;
        this.language = fromSession().or(this::fromCookie).orElseGet(this::fromBrowser);
        return language.locale();
    }

    /** Whether this request's language was decided already (by {@link RequestFilter}). */
    public boolean isDecided() {
        return request != null;
    }

    public Locale getLocale() {
        return getLanguage().locale();
    }

    public SupportedLocale getLanguage() {
        return language == null ? SupportedLocale.EN : language;
    }

    /**
     * Uses this language from now on: for this request, in the session if there is one (someone signed in),
     * otherwise in the visitor's cookie. Saving it to an account is the account's business, on a POST.
     */
    public void choose(SupportedLocale chosen) {
        this.language = chosen;
        HttpSession session = request == null ? null : request.getSession(false);
        if (session != null) {
            session.setAttribute(SESSION_ATTRIBUTE, chosen.tag());
        } else if (response != null && !response.isCommitted()) {
            Cookie cookie = new Cookie(COOKIE, chosen.tag());
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(COOKIE_MAX_AGE);
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
    }

    private Optional<SupportedLocale> fromSession() {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof String tag
                ? SupportedLocale.fromTag(tag) : Optional.empty();
    }

    private Optional<SupportedLocale> fromCookie() {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return SupportedLocale.fromTag(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    private SupportedLocale fromBrowser() {
        return Collections.list(request.getLocales()).stream()
                .map(l -> SupportedLocale.fromTag(l.toLanguageTag()))
                .flatMap(Optional::stream)
                .findFirst().orElse(SupportedLocale.EN);
    }
}
