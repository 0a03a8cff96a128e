package org.fourpermille.hub.groups;

/** A seat of the Bureau: eight full members and five alternates. */
public enum Seat {
    FULL(8),
    ALTERNATE(5);

    private final int count;

    Seat(int count) {
        this.count = count;
    }

    public int count() {
        return count;
    }
}
