package org.fourpermille.hub.matching.engine;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How much each {@link Criterion} counts in a score: a whole number from 0 (ignored) to {@link #MAX}.
 * Only the proportions matter: the score is the weighted share of the criteria met, so doubling every
 * weight changes nothing. When every weight is 0, every eligible pair scores 0.
 */
public final class Weights implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX = 100;

    /** The weights the platform starts with, each criterion's {@link Criterion#defaultWeight()}. */
    public static final Weights DEFAULTS = new Weights(Arrays.stream(Criterion.values()).mapToInt(Criterion::defaultWeight).toArray());

    private final int[] values;

    private Weights(int[] values) {
        for (Criterion criterion : Criterion.values()) {
            int weight = values[criterion.ordinal()];
            Codes.require(weight >= 0 && weight <= MAX, "weight of " + criterion + " out of 0.." + MAX + ": " + weight);
        }
        this.values = values;
    }

    /** Weights from a map; a criterion the map does not name weighs 0. */
    public static Weights of(Map<Criterion, Integer> weights) {
        int[] values = new int[Criterion.values().length];
        weights.forEach((criterion, weight) -> values[criterion.ordinal()] = weight);
        return new Weights(values);
    }

    public int of(Criterion criterion) {
        return values[criterion.ordinal()];
    }

    /** The same weights with one changed. */
    public Weights with(Criterion criterion, int weight) {
        int[] changed = values.clone();
        changed[criterion.ordinal()] = weight;
        return new Weights(changed);
    }

    /** The weights by criterion ordinal, for the ranking loop; never modified. */
    int[] byOrdinal() {
        return values;
    }

    public int total() {
        int total = 0;
        for (int value : values) {
            total += value;
        }
        return total;
    }

    public Map<Criterion, Integer> asMap() {
        Map<Criterion, Integer> map = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            map.put(criterion, values[criterion.ordinal()]);
        }
        return Collections.unmodifiableMap(map);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Weights that && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
