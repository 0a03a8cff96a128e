package org.fourpermille.hub.membership;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of an organisation's timeline, from its application's history or from what happened after
 * it joined. {@code messageKey} names the step for the reader's language; {@code reference} is the
 * application's reference when the step belongs to one.
 */
public record TimelineEntry(Instant occurredAt, String actor, String messageKey, String subject, String note,
                            String reference) implements Serializable {

    static TimelineEntry of(OrganisationEvent event) {
        return new TimelineEntry(event.getOccurredAt(), event.getActor(), "organisation.event." + event.getType().name(),
                event.getSubject(), event.getNote(), null);
    }

    static TimelineEntry of(ApplicationEvent event) {
        return new TimelineEntry(event.getOccurredAt(), event.getActor(), "applicationEvent." + event.getAction().name(),
                null, event.getNote(), event.getApplication().getReference());
    }
}
