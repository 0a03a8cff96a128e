package org.fourpermille.hub.matching;

import java.io.Serializable;

/** What a ranking shows of a project or an offer beside its score: enough to recognise it and open it. */
public sealed interface Card extends Serializable permits ProjectCard, OfferCard {

    long id();

    long organisationId();

    String organisationName();
}
