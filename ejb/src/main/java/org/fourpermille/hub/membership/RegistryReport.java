package org.fourpermille.hub.membership;

import java.io.Serializable;
import java.util.List;

/**
 * What a registry file does, or would do: the organisations it creates, updates or leaves unchanged, and
 * the problems that stop it. Counts are those of a dry run until {@link #written()}. At most
 * {@link #MAX_PROBLEMS} problems are listed; {@link #problemCount()} says how many there are in all.
 */
public record RegistryReport(int rows, int created, int updated, int unchanged, List<RegistryProblem> problems,
                             int problemCount, boolean written) implements Serializable {

    public static final int MAX_PROBLEMS = 500;

    public RegistryReport {
        problems = List.copyOf(problems);
    }

    public boolean isClean() {
        return problemCount == 0;
    }

    public boolean isTruncated() {
        return problemCount > problems.size();
    }
}
