package org.fourpermille.hub.notification;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import org.fourpermille.hub.config.Setting;
import org.fourpermille.hub.shared.Clock;

/**
 * Runs {@link NotificationJobs} on every node at the job poll interval: immediate mail, then the digest of
 * the current daily and weekly period if no node built it yet. Not an EJB timer: the database decides who
 * does the work (see {@link NotificationJobs}), so any number of nodes may poll.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class NotificationScheduler {

    private static final Logger LOG = Logger.getLogger(NotificationScheduler.class.getName());

    @Resource
    private ManagedScheduledExecutorService executor;

    @Inject
    private NotificationJobs jobs;

    @Inject
    private Clock clock;

    private ScheduledFuture<?> schedule;

    @PostConstruct
    void start() {
        long interval = Math.max(100, Setting.JOB_POLL_INTERVAL.lookupDuration().toMillis());
        schedule = executor.scheduleWithFixedDelay(this::tick, interval, interval, TimeUnit.MILLISECONDS);
    }

    private void tick() {
        try {
            while (jobs.mailImmediate() == NotificationJobs.BATCH) {
                // A full batch means more may be waiting.
            }
            for (DigestPeriod period : DigestPeriod.values()) {
                if (jobs.runDigest(period, period.startOf(clock.now()))) {
                    LOG.info(() -> "Built the " + period + " digests");
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Notification mail round failed; it runs again in "
                    + Setting.JOB_POLL_INTERVAL.lookupDuration(), e);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
