package org.fourpermille.hub.notification;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.shared.BusinessException;
import org.omnifaces.cdi.Param;

/**
 * {@code /unsubscribe.xhtml?token=...}: the link at the foot of group mail. Opening it only shows which
 * group's mail would stop and a button; pressing the button sets the person's level for that group to
 * MENTIONS, without signing in, and says so (the link carries {@code lang}, so the page speaks the person's
 * language). Opening alone changes nothing because mail scanners open links; mail programs use the one-click
 * address of the header instead ({@link OneClickUnsubscribeServlet}). A mangled or forged token changes
 * nothing.
 */
@Named("unsubscribe")
@RequestScoped
public class UnsubscribeBacking {

    @Inject
    @Param(name = "token")
    private String token;

    @Inject
    private GroupUnsubscribe unsubscribe;

    private GroupUnsubscribe.Done target;
    private boolean done;

    @PostConstruct
    void check() {
        try {
            target = unsubscribe.check(token);
        } catch (BusinessException invalid) {
            target = null;
        }
    }

    /** The button: stops the mail of that group. */
    public void confirm() {
        try {
            target = unsubscribe.apply(token);
            done = true;
        } catch (BusinessException invalid) {
            target = null;
        }
    }

    public boolean isValid() {
        return target != null;
    }

    public boolean isDone() {
        return done;
    }

    public GroupUnsubscribe.Done getResult() {
        return target;
    }
}
