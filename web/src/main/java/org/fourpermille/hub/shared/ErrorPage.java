package org.fourpermille.hub.shared;

import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;

import org.fourpermille.hub.config.Setting;

/**
 * What the error pages answer. Each page sets its own status (the container answers 500 for every page
 * mapped to an exception, so "page expired" said 500), and the "refused" page shows the refusal in the
 * reader's language when a service refused something that no page was there to catch.
 */
@Named
@RequestScoped
public class ErrorPage {

    static final Map<String, Integer> STATUS_BY_PAGE = Map.of(
            "/error/400.xhtml", 400,
            "/error/403.xhtml", 403,
            "/error/404.xhtml", 404,
            "/error/405.xhtml", 405,
            "/error/expired.xhtml", 400,
            "/error/refused.xhtml", 409,
            "/error/upload-too-large.xhtml", 413,
            "/error/500.xhtml", 500);

    /** Sets the status of this error page's answer (before anything is written). */
    public void answer() {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        Integer status = STATUS_BY_PAGE.get(context.getViewRoot().getViewId());
        if (status != null && !external.isResponseCommitted() && !context.getPartialViewContext().isAjaxRequest()) {
            external.setResponseStatus(status);
        }
    }

    /** The refusal that led here, in the reader's language; the general text when there is none. */
    public String getRefusal() {
        Object failure = FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(RequestDispatcher.ERROR_EXCEPTION);
        for (Throwable cause = failure instanceof Throwable t ? t : null; cause != null; cause = cause.getCause()) {
            if (cause instanceof BusinessException refusal) {
                return Texts.text(refusal.messageKey(), refusal.arguments());
            }
        }
        return Texts.text("error.refused.text");
    }

    /** The largest file a person may upload, in whole mebibytes, for the "too large" page. */
    public long getUploadLimitMegabytes() {
        return Setting.UPLOAD_MAX_BYTES.lookupInt() / (1024L * 1024L);
    }
}
