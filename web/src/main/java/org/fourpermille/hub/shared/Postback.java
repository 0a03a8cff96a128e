package org.fourpermille.hub.shared;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;

/**
 * Pages that offer only the moves allowed now still keep every form in the tree while a postback is
 * processed: a move sent from a page that is out of date then reaches the service, which refuses it with
 * a message ("changed meanwhile", "not possible now"), instead of being dropped without a word because
 * its form is no longer rendered.
 */
public final class Postback {

    private Postback() {
    }

    /** Whether a postback is being processed (any phase before the response is rendered). */
    public static boolean inProgress() {
        return FacesContext.getCurrentInstance().getCurrentPhaseId() != PhaseId.RENDER_RESPONSE;
    }
}
