package org.fourpermille.hub.shared.operations;

/**
 * One number a feature offers the operator's metrics, such as the age of this node's matching snapshot.
 * Every CDI bean of this type becomes a gauge at {@code /metrics}, so a feature adds a figure without
 * {@code shared} knowing it.
 */
public interface OperationalFigure {

    /** The metric's name, lower case with underscores, e.g. {@code hub_matching_snapshot_age_seconds}. */
    String name();

    /** What the number means, for the operator reading the metrics. */
    String description();

    /** The number now; a negative one where there is nothing to measure yet (no snapshot loaded). */
    double value();
}
