package org.fourpermille.hub.matching.engine;

/** The land uses a project works on, or an offer supports. */
public enum LandUse {
    CROPLAND,
    GRASSLAND_RANGELAND,
    AGROFORESTRY,
    FOREST,
    WETLAND_PEATLAND
}
