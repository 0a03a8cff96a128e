package org.fourpermille.hub.matching;

/**
 * Who sees a project: DRAFT its own organisation (and the secretariat), PARTNERS every signed-in person,
 * SHOWCASE the investment-opportunities showcase as well, which needs a positive STC assessment.
 */
public enum ProjectVisibility {
    DRAFT,
    PARTNERS,
    SHOWCASE
}
