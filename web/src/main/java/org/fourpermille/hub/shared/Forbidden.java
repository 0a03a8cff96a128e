package org.fourpermille.hub.shared;

import java.io.IOException;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;

/** Answers the current page with the refusal page and status 403, for a page that is not for the reader. */
public final class Forbidden {

    private Forbidden() {
    }

    public static void send() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
        context.responseComplete();
    }
}
