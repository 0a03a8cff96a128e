package org.fourpermille.hub.matching;

/** The forms support takes in an offer. */
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
