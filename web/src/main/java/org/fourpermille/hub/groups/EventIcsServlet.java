package org.fourpermille.hub.groups;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fourpermille.hub.config.Setting;
import org.fourpermille.hub.shared.NotFoundException;

/**
 * {@code /groups/event.ics?id=E}: one event as a calendar file, to add it to one's own calendar. Behind
 * sign-in (the {@code /groups/*} constraint); the service answers "not found" to anyone who may not read
 * the event's group, and so does this address.
 */
@WebServlet("/groups/event.ics")
public class EventIcsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private GroupEvents events;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        GroupEvent event;
        try {
            event = events.event(Long.parseLong(request.getParameter("id"))).event();
        } catch (NumberFormatException | NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] ics = ICalendar.of(List.of(event), null, Setting.BASE_URL.lookup(), Instant.now())
                .getBytes(StandardCharsets.UTF_8);
        response.setContentType(ICalendar.MEDIA_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"event-" + event.getId() + ".ics\"");
        response.setHeader("Cache-Control", "private, no-cache");
        response.setContentLength(ics.length);
        response.getOutputStream().write(ics);
    }
}
