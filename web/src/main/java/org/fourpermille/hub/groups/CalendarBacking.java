package org.fourpermille.hub.groups;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.config.Setting;
import org.fourpermille.hub.shared.Texts;

/**
 * {@code /groups/calendar.xhtml}: my upcoming events and the address of my calendar feed. The address
 * holds a secret of which only a hash is kept, so it is shown once, right after it is made; making a new
 * one stops the old address.
 */
@Named("calendar")
@RequestScoped
public class CalendarBacking {

    @Inject
    private EventCalendar service;

    private Boolean hasFeed;
    private String feedUrl;

    public boolean isHasFeed() {
        if (hasFeed == null) {
            hasFeed = service.hasFeed();
        }
        return hasFeed;
    }

    /** The address made by this request, or null. */
    public String getFeedUrl() {
        return feedUrl;
    }

    public String newFeed() {
        boolean replacing = isHasFeed();
        feedUrl = feedUrl(Setting.BASE_URL.lookup(), service.newFeed());
        hasFeed = true;
        Texts.info(null, replacing ? "calendar.feed.reset" : "calendar.feed.made");
        // The same response shows the address: it cannot be shown again after a redirect.
        return null;
    }

    static String feedUrl(String baseUrl, String secret) {
        return baseUrl + "/calendar/" + secret + ".ics";
    }
}
