package org.fourpermille.hub.matching;

/** The land uses a project works on (the list, close to the IPCC land-use categories). */
public enum LandUse {
    CROPLAND,
    GRASSLAND_RANGELAND,
    AGROFORESTRY,
    FOREST,
    WETLAND_PEATLAND
}
