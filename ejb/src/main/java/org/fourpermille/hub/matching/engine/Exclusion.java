package org.fourpermille.hub.matching.engine;

/**
 * Why a pair is not eligible, whatever its score would be. The filters run in the order of the
 * constants and the first that fails is the reason given.
 */
public enum Exclusion {
    /** The offer's deadline is before today (an offer is open until the end of its deadline day). */
    DEADLINE_PASSED,
    /** The offer lists stages and the project's is not among them. */
    STAGE,
    /** The offer lists organisation types and the project owner's is not among them. */
    ORGANISATION_TYPE,
    /** The offer lists countries or regions and none of the project's countries or regions is among them. */
    GEOGRAPHY,
    /** The two currencies differ and the rates table lacks one of them. */
    RATE_MISSING,
    /** The funding sought, converted, is below the offer's minimum ticket. */
    TICKET_BELOW_MINIMUM,
    /** The funding sought, converted, is above the offer's maximum ticket. */
    TICKET_ABOVE_MAXIMUM
}
