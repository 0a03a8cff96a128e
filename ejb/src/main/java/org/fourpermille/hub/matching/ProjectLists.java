package org.fourpermille.hub.matching;

import jakarta.persistence.TypedQuery;

/**
 * Queries that return several projects, aliased {@code p}. A project's texts are mapped eagerly, and with the
 * shared cache off EclipseLink would read them with one query per project (a showcase of 500 meant 501
 * queries); batched, they come in one more query for the whole list.
 */
final class ProjectLists {

    private ProjectLists() {
    }

    static TypedQuery<Project> withTexts(TypedQuery<Project> query) {
        return query.setHint("eclipselink.batch", "p.texts").setHint("eclipselink.batch.type", "IN");
    }
}
