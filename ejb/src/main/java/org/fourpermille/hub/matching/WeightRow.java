package org.fourpermille.hub.matching;

import java.io.Serializable;
import java.time.Instant;

import org.fourpermille.hub.matching.engine.Criterion;

/** One criterion's weight as the weights page shows it, with the version the form sends back. */
public record WeightRow(Criterion criterion, int weight, int version, String updatedBy, Instant updatedAt) implements Serializable {

    private static final long serialVersionUID = 1L;
}
