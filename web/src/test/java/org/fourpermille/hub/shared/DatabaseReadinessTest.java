package org.fourpermille.hub.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When a node may take traffic, by the schema version it finds: the rule a rolling upgrade relies on. */
class DatabaseReadinessTest {

    @Test
    void a_node_serves_on_its_own_schema_and_on_one_a_newer_build_expanded() {
        assertTrue(DatabaseReadiness.compatible("9", "9"));
        // Rolling upgrade: the first node of the new build migrated to 10; the old nodes stay in the balancer.
        assertTrue(DatabaseReadiness.compatible("9", "10"), "versions compare as numbers, not as text");
        assertTrue(DatabaseReadiness.compatible("9", "9.1"));
    }

    @Test
    void a_node_waits_for_a_schema_not_migrated_yet_or_unknown() {
        assertFalse(DatabaseReadiness.compatible("10", "9"));
        assertFalse(DatabaseReadiness.compatible("10", null), "no migration applied yet");
        assertFalse(DatabaseReadiness.compatible(null, "10"), "the build's own version is not known yet");
    }
}
