package org.fourpermille.hub.matching;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The weight of one criterion of the matching score, as the secretariat last set it. The criterion is the
 * name of a constant of the engine's {@code Criterion}; the migration seeds one row for each.
 */
@Entity
@Table(name = "matching_weight")
@NamedQuery(name = MatchingWeight.ALL, query = "SELECT w FROM MatchingWeight w")
public class MatchingWeight {

    public static final String ALL = "MatchingWeight.all";
    public static final int MAX = 100;
    public static final int CRITERION_LENGTH = 30;

    @Id
    @Column(length = CRITERION_LENGTH)
    private String criterion;

    @Column(nullable = false)
    private int weight;

    @Column(name = "updated_by", length = 254, nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected MatchingWeight() {
    }

    /**
     * Sets a new weight; returns whether it changed (an unchanged weight keeps who set it and when).
     *
     * @throws IllegalArgumentException outside 0..{@link #MAX}: the service checks the form before
     */
    public boolean change(int newWeight, String actor, Instant now) {
        if (newWeight < 0 || newWeight > MAX) {
            throw new IllegalArgumentException("weight out of 0.." + MAX + ": " + newWeight);
        }
        if (newWeight == weight) {
            return false;
        }
        weight = newWeight;
        updatedBy = actor;
        updatedAt = now;
        return true;
    }

    public String getCriterion() {
        return criterion;
    }

    public int getWeight() {
        return weight;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public int getVersion() {
        return version;
    }
}
