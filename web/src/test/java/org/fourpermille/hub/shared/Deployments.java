package org.fourpermille.hub.shared;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive every integration test deploys: the WAR exactly as Maven built it, so tests run what
 * production runs. Payara Micro starts once per test class, so tests are grouped into few classes.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive platform() {
        String war = System.getProperty("hub.test.war");
        if (war == null) {
            throw new IllegalStateException("hub.test.war is not set: run the integration tests through Maven (./mvnw verify)");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(war));
    }
}
