package org.fourpermille.hub.notification;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.Texts;

/**
 * {@code /unsubscribe?token=...}: the address of the List-Unsubscribe header of group mail. A mail program
 * offering "unsubscribe" POSTs {@code List-Unsubscribe=One-Click} there (RFC 8058) and the person's level for
 * that group becomes MENTIONS at once, without signing in; the signed token is the key. A GET (someone who
 * opened the address) is sent to the page that asks to confirm, because scanners open links.
 */
@WebServlet("/unsubscribe")
public class OneClickUnsubscribeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private GroupUnsubscribe unsubscribe;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        GroupUnsubscribe.Done done;
        try {
            done = unsubscribe.apply(request.getParameter("token"));
        } catch (BusinessException invalid) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(Texts.text(done.language().locale(), "unsubscribe.done",
                done.group().name(done.language().locale())));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = request.getParameter("token");
        String lang = request.getParameter("lang");
        response.sendRedirect(request.getContextPath() + "/unsubscribe.xhtml?token="
                + URLEncoder.encode(token == null ? "" : token, StandardCharsets.UTF_8)
                + (lang == null ? "" : "&lang=" + URLEncoder.encode(lang, StandardCharsets.UTF_8)));
    }
}
