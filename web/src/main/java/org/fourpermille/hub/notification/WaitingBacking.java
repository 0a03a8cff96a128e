package org.fourpermille.hub.notification;

import java.time.Duration;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.shared.Clock;
import org.fourpermille.hub.shared.UserPreferences;

/**
 * The "what waits for me" and "my organisation's projects and offers" cards of {@code /dashboard.xhtml},
 * each list as {@link MyWork} computes it by the rules of the pages it links to.
 */
@Named("waiting")
@RequestScoped
public class WaitingBacking {

    @Inject
    private MyWork work;
    @Inject
    private Clock clock;
    @Inject
    private UserPreferences preferences;

    private List<MyWork.Item> items;
    private List<MyWork.Listing> projects;
    private List<MyWork.Listing> offers;

    @PostConstruct
    void load() {
        try {
            items = work.waiting(preferences.getLocale());
            projects = work.myProjects(preferences.getLocale());
            offers = work.myOffers();
        } catch (EJBException noPlatformRole) { // EJBAccessException, or AccessLocalException from a local view
            // Someone signed in without a platform role (detached from their organisation) has nothing waiting.
            items = List.of();
            projects = List.of();
            offers = List.of();
        }
    }

    public List<MyWork.Item> getItems() {
        return items;
    }

    public List<MyWork.Listing> getProjects() {
        return projects;
    }

    public List<MyWork.Listing> getOffers() {
        return offers;
    }

    /** Whole days an item has waited, for "3 days" (0: today). */
    public long days(MyWork.Item item) {
        return Math.max(0, Duration.between(item.since(), clock.now()).toDays());
    }
}
