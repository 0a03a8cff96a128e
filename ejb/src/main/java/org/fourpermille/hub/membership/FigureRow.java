package org.fourpermille.hub.membership;

import java.io.Serializable;

/**
 * How many active organisations one value of a dimension holds, by level: a type, a region or a country
 * (its name, or its ISO code for a country). Partners and Members are counted apart: a Member is not
 * counted again among the Partners.
 */
public record FigureRow(String key, long partners, long members) implements Serializable {

    private static final long serialVersionUID = 1L;

    public long total() {
        return partners + members;
    }

    FigureRow plus(FigureRow other) {
        return new FigureRow(key, partners + other.partners, members + other.members);
    }
}
