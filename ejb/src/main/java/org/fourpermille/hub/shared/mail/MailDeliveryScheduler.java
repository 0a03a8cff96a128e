package org.fourpermille.hub.shared.mail;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.fourpermille.hub.shared.PolledWork;

/** Runs {@link MailDeliveryJob} on every node ({@link PolledWork}: claimed in the database, never an EJB timer). */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class MailDeliveryScheduler extends PolledWork {

    @Inject
    private MailDeliveryJob job;

    @Override
    protected int runDue() {
        return job.deliverDue();
    }

    @Override
    protected int batch() {
        return MailDeliveryJob.BATCH;
    }

    @Override
    protected String name() {
        return "Mail delivery";
    }
}
