package org.fourpermille.hub.shared;

import java.sql.SQLException;

/** Recognises PostgreSQL's "unique_violation" (SQLSTATE 23505) under whatever the persistence layer wraps it in. */
public final class UniqueViolation {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolation() {
    }

    /** Whether {@code failure} was caused by a unique index, optionally only the one named {@code indexPrefix}. */
    public static boolean causedBy(Throwable failure, String indexPrefix) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return indexPrefix == null || String.valueOf(sql.getMessage()).contains(indexPrefix);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
