package org.fourpermille.hub.groups;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fourpermille.hub.config.Setting;
import org.fourpermille.hub.shared.NotFoundException;
import org.fourpermille.hub.shared.Texts;

/**
 * {@code /calendar/SECRET.ics}: a person's calendar feed, read by calendar applications that cannot sign
 * in. The secret in the address is the key (outside the signed-in constraint on purpose); an unknown or
 * replaced secret is a plain 404. Nobody but the person's application should keep a copy.
 */
@WebServlet("/calendar/*")
public class CalendarFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern ADDRESS = Pattern.compile("/([A-Za-z0-9_-]+)\\.ics");

    @Inject
    private EventCalendar calendar;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher address = ADDRESS.matcher(String.valueOf(request.getPathInfo()));
        List<GroupEvent> events;
        try {
            if (!address.matches()) {
                throw new NotFoundException();
            }
            events = calendar.feed(address.group(1));
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String name = Texts.text(request.getLocale(), "calendar.feed.name");
        byte[] ics = ICalendar.of(events, name, Setting.BASE_URL.lookup(), Instant.now()).getBytes(StandardCharsets.UTF_8);
        response.setContentType(ICalendar.MEDIA_TYPE);
        response.setHeader("Cache-Control", "private, no-cache");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setContentLength(ics.length);
        response.getOutputStream().write(ics);
    }
}
