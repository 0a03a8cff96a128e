package org.fourpermille.hub.shared;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive while the heap has room: a node near out-of-memory should be restarted, not sent more work. */
@Liveness
@ApplicationScoped
public class JvmLiveness implements HealthCheck {

    static final double MAX_HEAP_USE = 0.95;

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        double share = (double) used / runtime.maxMemory();
        boolean alive = share < MAX_HEAP_USE;
        if (!alive) {
            java.util.logging.Logger.getLogger(JvmLiveness.class.getName()).warning(() -> "Not alive: heap "
                    + used / (1024 * 1024) + " MiB used of " + runtime.maxMemory() / (1024 * 1024) + " MiB");
        }
        // Up or down only: /health is public, so the heap figures go to the log (and to /metrics), not here.
        return HealthCheckResponse.named("jvm").status(alive).build();
    }
}
