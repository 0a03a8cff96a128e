package org.fourpermille.hub.shared;

import java.io.IOException;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers the current page with the "page not found" page and status 404: what pages show for an unknown
 * id and, exactly the same, for something the reader may not see, so a guessed id reveals nothing.
 */
public final class NotFound {

    private NotFound() {
    }

    public static void send() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        context.responseComplete();
    }
}
