package org.fourpermille.hub.matching.engine;

/**
 * What the score of an eligible pair is made of. Each criterion gives a fraction between 0 (missed) and
 * 1 (met) that counts with its {@link Weights weight}. When the offer states nothing for a criterion it
 * accepts anything, and the criterion is met; when only the project states nothing, it is missed, so a
 * complete profile ranks higher than an empty one. Each constant carries the weight the platform starts with
 * ({@link Weights#DEFAULTS}): practices count most, assessment least.
 */
public enum Criterion {
    /** Share of the practices in common, over the shorter of the two lists. */
    PRACTICES(30),
    /** At least one climate zone in common. */
    CLIMATE_ZONE(15),
    /** At least one land use in common. */
    LAND_USE(15),
    /** Share of the SDGs and strategic objectives (A..F) in common, over the shorter of the two lists. */
    SDGS_OBJECTIVES(15),
    /** At least one language of the project's texts that the offer works in. */
    LANGUAGE(15),
    /** The project was formatively assessed by the STC with a positive outcome. */
    ASSESSMENT(10);

    private final int defaultWeight;

    Criterion(int defaultWeight) {
        this.defaultWeight = defaultWeight;
    }

    /** The weight the platform starts with, before the secretariat changes any. */
    public int defaultWeight() {
        return defaultWeight;
    }
}
