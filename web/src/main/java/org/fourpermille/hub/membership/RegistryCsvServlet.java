package org.fourpermille.hub.membership;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /secretariat/registry.csv}: the whole registry as a dated CSV download. The path sits under the
 * secretariat's security constraint, and the service checks the role again.
 */
@WebServlet("/secretariat/registry.csv")
public class RegistryCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private RegistryExport export;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] csv = export.export();
        response.setContentType("text/csv; charset=UTF-8");
        response.setContentLength(csv.length);
        response.setHeader("Content-Disposition",
                "attachment; filename=\"partner-registry-" + LocalDate.now(ZoneOffset.UTC) + ".csv\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(csv);
    }
}
