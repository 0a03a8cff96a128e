package org.fourpermille.hub.matching.engine;

/** How a support offer helps: money in its several forms, or work and goods. */
public enum Instrument {
    GRANT,
    LOAN,
    EQUITY,
    RESULT_BASED_PAYMENT,
    GUARANTEE,
    TECHNICAL_ASSISTANCE,
    EXPERTISE,
    IN_KIND
}
