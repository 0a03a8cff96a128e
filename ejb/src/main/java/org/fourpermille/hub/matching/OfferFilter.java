package org.fourpermille.hub.matching;

import java.io.Serializable;

import org.fourpermille.hub.membership.Region;

/**
 * What the offers list is narrowed to; null means any. An offer that names no practice (or no country,
 * region or stage) is open to all, so it matches any value of that filter.
 *
 * @param mine the caller's organisation's offers, closed and withdrawn ones included; otherwise open offers only
 */
public record OfferFilter(Instrument instrument, String practice, String country, Region region, ProjectStage stage,
                          boolean mine) implements Serializable {

    public static final OfferFilter OPEN = new OfferFilter(null, null, null, null, null, false);
}
