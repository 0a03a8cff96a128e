package org.fourpermille.hub.membership;

/** The governance body whose decision on an application the secretariat records. */
public enum DecidingBody {
    BUREAU,
    CONSORTIUM
}
