package org.fourpermille.hub.matching;

/** The twelve default climate zones of the IPCC Guidelines for national greenhouse gas inventories (2006, vol. 4, ch. 3). */
public enum ClimateZone {
    TROPICAL_MONTANE,
    TROPICAL_WET,
    TROPICAL_MOIST,
    TROPICAL_DRY,
    WARM_TEMPERATE_MOIST,
    WARM_TEMPERATE_DRY,
    COOL_TEMPERATE_MOIST,
    COOL_TEMPERATE_DRY,
    BOREAL_MOIST,
    BOREAL_DRY,
    POLAR_MOIST,
    POLAR_DRY
}
