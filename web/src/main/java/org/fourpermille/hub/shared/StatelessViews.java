package org.fourpermille.hub.shared;

import java.util.Set;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * The public pages that anonymous visitors, crawlers and probes read (home, statistics, error pages) are
 * rendered without view state for them, so reading them creates no session, which the cluster would
 * replicate. Their forms, if any, are the signed-in header's, rendered only for someone signed in.
 */
public class StatelessViews extends ViewHandlerWrapper {

    static final Set<String> PUBLIC_READING = Set.of("/index.xhtml", "/statistics.xhtml");

    public StatelessViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = super.createView(context, viewId);
        if (root != null && anonymous(context) && stateless(viewId)) {
            root.setTransient(true);
        }
        return root;
    }

    static boolean stateless(String viewId) {
        return viewId != null && (PUBLIC_READING.contains(viewId) || viewId.startsWith("/error/"));
    }

    private static boolean anonymous(FacesContext context) {
        return context.getExternalContext().getUserPrincipal() == null;
    }
}
