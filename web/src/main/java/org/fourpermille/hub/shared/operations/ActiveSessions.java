package org.fourpermille.hub.shared.operations;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * Counts the sessions this node created and that have not ended, for the metric
 * {@code hub_sessions_active}. Sessions replicated from another node are counted by the node that made them;
 * summed over the nodes, the figure is the cluster's.
 */
@WebListener
public class ActiveSessions implements HttpSessionListener {

    private static final AtomicLong ACTIVE = new AtomicLong();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        ACTIVE.incrementAndGet();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        ACTIVE.updateAndGet(n -> Math.max(0, n - 1));
    }

    static long count() {
        return ACTIVE.get();
    }
}
