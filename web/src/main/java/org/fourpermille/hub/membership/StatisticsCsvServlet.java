package org.fourpermille.hub.membership;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fourpermille.hub.shared.UserPreferences;

/**
 * {@code /statistics.csv}: the figures of the statistics page as a spreadsheet file, in the reader's
 * language. Anyone may download the public figures; signed-in people get the figures by country too.
 */
@WebServlet("/statistics.csv")
public class StatisticsCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private MembershipStatistics statistics;

    @Inject
    private UserPreferences preferences;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = preferences.getLocale();
        MembershipFigures figures = statistics.figures();
        List<FigureRow> byCountry = request.getUserPrincipal() == null ? null : statistics.byCountry();
        byte[] csv = StatisticsTables.csv(figures, StatisticsTables.of(figures, byCountry, locale), locale)
                .getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"statistics-4p1000.csv\"");
        // What it holds depends on who asks and in which language: no shared cache may keep it.
        response.setHeader("Cache-Control", "private, no-cache");
        response.setContentLength(csv.length);
        response.getOutputStream().write(csv);
    }
}
