package org.fourpermille.hub.identity;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.fourpermille.hub.shared.PolledWork;

/** Runs {@link PasswordResetJob} on every node ({@link PolledWork}: claimed in the database, never an EJB timer). */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class PasswordResetScheduler extends PolledWork {

    @Inject
    private PasswordResetJob job;

    @Override
    protected int runDue() {
        return job.handleDue();
    }

    @Override
    protected int batch() {
        return PasswordResetJob.BATCH;
    }

    @Override
    protected String name() {
        return "Password reset";
    }
}
