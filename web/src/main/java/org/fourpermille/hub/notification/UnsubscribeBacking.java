package org.fourpermille.hub.notification;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.shared.BusinessException;
import org.omnifaces.cdi.Param;

/**
 * {@code /unsubscribe.xhtml?token=...}: the one-click link at the foot of group mail. Opening it sets the
 * person's level for that group to MENTIONS, without signing in, and says so (the link carries
 * {@code lang}, so the page speaks the person's language). A mangled or forged token changes nothing.
 */
@Named("unsubscribe")
@RequestScoped
public class UnsubscribeBacking {

    @Inject
    @Param(name = "token")
    private String token;

    @Inject
    private GroupUnsubscribe unsubscribe;

    private GroupUnsubscribe.Done done;

    @PostConstruct
    void apply() {
        try {
            done = unsubscribe.apply(token);
        } catch (BusinessException invalid) {
            done = null;
        }
    }

    public boolean isDone() {
        return done != null;
    }

    public GroupUnsubscribe.Done getResult() {
        return done;
    }
}
