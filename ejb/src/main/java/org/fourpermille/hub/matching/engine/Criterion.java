package org.fourpermille.hub.matching.engine;

/**
 * What the score of an eligible pair is made of. Each criterion gives a fraction between 0 (missed) and
 * 1 (met) that counts with its {@link Weights weight}. When the offer states nothing for a criterion it
 * accepts anything, and the criterion is met; when only the project states nothing, it is missed, so a
 * complete profile ranks higher than an empty one.
 */
public enum Criterion {
    /** Share of the practices in common, over the shorter of the two lists. */
    PRACTICES,
    /** At least one climate zone in common. */
    CLIMATE_ZONE,
    /** At least one land use in common. */
    LAND_USE,
    /** Share of the SDGs and strategic objectives (A..F) in common, over the shorter of the two lists. */
    SDGS_OBJECTIVES,
    /** At least one language of the project's texts that the offer works in. */
    LANGUAGE,
    /** The project was formatively assessed by the STC with a positive outcome. */
    ASSESSMENT
}
