package org.fourpermille.hub.matching;

import org.fourpermille.hub.membership.Organisation;

/** What the "express interest" form shows before anything is sent: the pair, and the organisation that would receive it. */
public record InterestDraft(Project project, SupportOffer offer, Organisation to) {
}
