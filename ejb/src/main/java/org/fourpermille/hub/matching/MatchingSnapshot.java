package org.fourpermille.hub.matching;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

import org.fourpermille.hub.shared.operations.OperationalFigure;

import org.fourpermille.hub.shared.DatabaseMigration;

/**
 * This node's matching catalogue, kept in memory and reloaded when the database says it is stale. Every
 * call reads {@code matching_generation} (one primary-key SELECT), which triggers move on any committed
 * change to projects, offers, rates, practices, weights or an organisation's status or type; when it
 * differs from the catalogue's, the catalogue is reloaded before the answer. So every node of a cluster
 * sees a change at its next request, with no timer and no message between nodes.
 *
 * <p>Readers never wait while the generation is unchanged; a reload is done by one caller while the others
 * that need the new generation wait for it (they would otherwise each load the same thing).
 */
@ApplicationScoped
public class MatchingSnapshot implements OperationalFigure {

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    private DataSource dataSource;

    private final ReentrantLock reloading = new ReentrantLock();
    private volatile Catalogue catalogue;
    private volatile long loadedAtMillis = -1;

    /** The catalogue of the database's current generation, loaded now if this node's is older. */
    Catalogue current(LocalDate today) {
        try (Connection db = dataSource.getConnection()) {
            long generation = CatalogueLoader.generation(db);
            Catalogue known = catalogue;
            if (known != null && known.generation() == generation) {
                return known;
            }
            reloading.lock();
            try {
                known = catalogue;
                if (known != null && known.generation() == generation) {
                    return known;
                }
                Catalogue fresh = CatalogueLoader.load(db, today);
                catalogue = fresh;
                loadedAtMillis = System.currentTimeMillis();
                return fresh;
            } finally {
                reloading.unlock();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("matching catalogue could not be read", e);
        }
    }

    // ---- for the operator's metrics ----

    @Override
    public String name() {
        return "hub_matching_snapshot_age_seconds";
    }

    @Override
    public String description() {
        return "Seconds since this node loaded its matching catalogue (it reloads on the first match after a change); -1 before the first load.";
    }

    @Override
    public double value() {
        long loaded = loadedAtMillis;
        return loaded < 0 ? -1 : (System.currentTimeMillis() - loaded) / 1000.0;
    }
}
