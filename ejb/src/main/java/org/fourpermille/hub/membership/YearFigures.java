package org.fourpermille.hub.membership;

import java.io.Serializable;

/**
 * One year of the statistics over time: the organisations, active today, that joined in that year, and
 * how many of them had joined by the end of it, by their level today.
 */
public record YearFigures(int year, long partnersJoined, long membersJoined, long partnersTotal, long membersTotal)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public long joined() {
        return partnersJoined + membersJoined;
    }

    public long total() {
        return partnersTotal + membersTotal;
    }
}
