package org.fourpermille.hub.membership;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Why one line of a registry file cannot be imported: the physical line where its record starts (the
 * header is line 1), the column as the file's header names it (null when the problem is the whole line),
 * and the rule broken, whose message the page shows in the reader's language with {@code arguments}.
 */
public record RegistryProblem(int line, String column, Kind kind, String[] arguments) implements Serializable {

    /** The rules a line can break; each has a message {@link #key()} in the web tier's bundles. */
    public enum Kind {
        /** No header line at all. */
        EMPTY_FILE,
        /** Quotes not closed: nothing after this line can be read. */
        MALFORMED,
        /** {0} the header cell. */
        UNKNOWN_COLUMN,
        /** {0} the header cell. */
        DUPLICATE_COLUMN,
        /** {0} the column's English name. */
        MISSING_COLUMN,
        /** More values than the header has columns. */
        EXTRA_VALUES,
        REQUIRED,
        /** {0} the longest length allowed. */
        TOO_LONG,
        /** {0} the value. */
        UNKNOWN_TYPE,
        /** {0} the value. */
        UNKNOWN_COUNTRY,
        /** {0} the value. */
        UNKNOWN_LEVEL,
        /** {0} the value. */
        UNKNOWN_LEGAL_STATUS,
        /** {0} the value. */
        UNKNOWN_STATUS,
        /** {0} the value. */
        BAD_DATE,
        /** {0} the date. */
        FUTURE_DATE,
        /** {0} the value. */
        BAD_WEBSITE,
        MEMBER_COMMERCIAL,
        /** {0} the line of the first occurrence. */
        DUPLICATE_ROW,
        /** {0} and {1} the names of the two organisations of the registry the line matches. */
        AMBIGUOUS,
        /** {0} the other line, {1} the organisation of the registry both match. */
        SAME_EXISTING;

        public String key() {
            return "registry.problem." + name();
        }
    }

    public RegistryProblem {
        arguments = arguments.clone();
    }

    static RegistryProblem of(int line, String column, Kind kind, Object... arguments) {
        return new RegistryProblem(line, column, kind, Arrays.stream(arguments).map(String::valueOf).toArray(String[]::new));
    }

    @Override
    public String[] arguments() {
        return arguments.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RegistryProblem that && line == that.line && java.util.Objects.equals(column, that.column)
                && kind == that.kind && Arrays.equals(arguments, that.arguments);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(line, column, kind) * 31 + Arrays.hashCode(arguments);
    }

    @Override
    public String toString() {
        return "line " + line + (column == null ? "" : " [" + column + "]") + ": " + kind + Arrays.toString(arguments);
    }
}
