package org.fourpermille.hub.identity;

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

/**
 * Runs {@link PasswordResetJob} on every node at a fixed delay. Deliberately not an EJB timer: the work
 * is claimed row by row in the database, so any number of nodes can poll without sending twice.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class PasswordResetScheduler {

    private static final Logger LOG = Logger.getLogger(PasswordResetScheduler.class.getName());

    @Resource
    private ManagedScheduledExecutorService executor;

    @Inject
    private PasswordResetJob job;

    private ScheduledFuture<?> schedule;

    @PostConstruct
    void start() {
        long interval = Math.max(100, Setting.JOB_POLL_INTERVAL.lookupDuration().toMillis());
        schedule = executor.scheduleWithFixedDelay(this::deliverAll, interval, interval, TimeUnit.MILLISECONDS);
    }

    private void deliverAll() {
        try {
            while (job.handleDue() == PasswordResetJob.BATCH) {
                // A full batch means more may be waiting: go on without waiting for the next tick.
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Password reset round failed; it runs again in "
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
