package org.fourpermille.hub.matching;

import java.io.Serializable;

import org.fourpermille.hub.matching.engine.Criterion;

/**
 * A weight as the secretariat typed it, with the version of the row the form showed.
 *
 * @param weight null when the field was left empty
 */
public record WeightChange(Criterion criterion, Integer weight, int version) implements Serializable {

    private static final long serialVersionUID = 1L;
}
