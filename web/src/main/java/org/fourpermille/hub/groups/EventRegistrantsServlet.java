package org.fourpermille.hub.groups;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.NotFoundException;
import org.fourpermille.hub.shared.Texts;
import org.fourpermille.hub.shared.UserPreferences;

/**
 * {@code /groups/event-registrants.csv?id=E}: who registered for an event, for its organisers (to write
 * to the participants, to print a list). 404 for people who may not read the group, 403 for its members
 * who do not moderate it.
 */
@WebServlet("/groups/event-registrants.csv")
public class EventRegistrantsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private GroupEvents events;

    @Inject
    private UserPreferences preferences;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        List<Registrant> registrants;
        try {
            id = Long.parseLong(request.getParameter("id"));
            registrants = events.registrants(id);
        } catch (NumberFormatException | NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (BusinessException refused) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        StringBuilder csv = new StringBuilder();
        row(csv, Texts.text(preferences.getLocale(), "event.registrants.name"),
                Texts.text(preferences.getLocale(), "event.registrants.email"),
                Texts.text(preferences.getLocale(), "event.registrants.organisation"),
                Texts.text(preferences.getLocale(), "event.registrants.at"));
        for (Registrant r : registrants) {
            row(csv, r.name(), r.email(), r.organisation(), r.registeredAt().toString());
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"event-" + id + "-registrants.csv\"");
        response.setHeader("Cache-Control", "private, no-cache");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static void row(StringBuilder csv, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells[i]));
        }
        csv.append("\r\n");
    }

    /** Quoted; a leading = + - @ is neutralised so a spreadsheet does not run a name as a formula. */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
