package org.fourpermille.hub.matching.engine;

/** The twelve default climate zones of the IPCC guidelines for national greenhouse gas inventories. */
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
