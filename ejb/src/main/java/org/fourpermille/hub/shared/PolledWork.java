package org.fourpermille.hub.shared;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;

import org.fourpermille.hub.config.Setting;

/**
 * Runs one kind of background work on every node at the fixed delay {@code hub.jobs.poll-interval}.
 * Deliberately not an EJB timer: the work is claimed row by row in the database ({@code FOR UPDATE SKIP
 * LOCKED}), so any number of nodes can poll and each piece is done once. A subclass is a {@code @Singleton
 * @Startup} bean that says how to do one batch (in its own transaction) and how large a batch is; a full
 * batch means more may be waiting, so the round goes on without waiting for the next tick.
 */
public abstract class PolledWork {

    private static final Logger LOG = Logger.getLogger(PolledWork.class.getName());

    @Resource
    private ManagedScheduledExecutorService executor;

    private ScheduledFuture<?> schedule;

    /** Does one batch of due work; returns how many pieces it did. */
    protected abstract int runDue();

    /** How many pieces a batch takes at most. */
    protected abstract int batch();

    /** What the work is, for the log. */
    protected abstract String name();

    @PostConstruct
    void start() {
        long interval = Math.max(100, Setting.JOB_POLL_INTERVAL.lookupDuration().toMillis());
        schedule = executor.scheduleWithFixedDelay(this::runRound, interval, interval, TimeUnit.MILLISECONDS);
    }

    private void runRound() {
        try {
            while (runDue() == batch()) {
                // more may be waiting: go on
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, name() + " round failed; it runs again in " + Setting.JOB_POLL_INTERVAL.lookupDuration(), e);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
