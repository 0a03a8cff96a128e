package org.fourpermille.hub.membership;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fourpermille.hub.membership.RegistryProblem.Kind;

/**
 * What the checked lines of a registry file mean for the registry in the database. A line is an
 * organisation already there when the country is the same and the name or the website host is, as for
 * applications ({@link ApplicationForm#nameKey}, {@link ApplicationForm#websiteKey}); such a line leaves it
 * unchanged or updates it, any other line creates one.
 *
 * <p>A blank optional value means: the default for a new organisation (Partner, active, the legal status
 * its type implies); the current value for an existing one. A column the file does not have at all leaves
 * the current values alone, so a file without a website column never erases websites.
 */
final class RegistryPlan {

    enum Action { CREATE, UPDATE, UNCHANGED }

    /** One line and what it does: {@code existing} is null for a creation. */
    record Step(RegistryRows.Row row, Organisation existing, RegistryEntry entry, Action action) {
    }

    private final List<Step> steps = new ArrayList<>();
    private final List<RegistryProblem> problems = new ArrayList<>();

    private RegistryPlan() {
    }

    static RegistryPlan of(RegistryRows file, Collection<Organisation> registry) {
        RegistryPlan plan = new RegistryPlan();
        Map<String, List<Organisation>> byName = new HashMap<>();
        Map<String, List<Organisation>> byWebsite = new HashMap<>();
        for (Organisation organisation : registry) {
            byName.computeIfAbsent(organisation.getCountry() + " " + ApplicationForm.nameKey(organisation.getName()),
                    k -> new ArrayList<>()).add(organisation);
            String websiteKey = ApplicationForm.websiteKey(organisation.getWebsite());
            if (websiteKey != null) {
                byWebsite.computeIfAbsent(organisation.getCountry() + " " + websiteKey, k -> new ArrayList<>()).add(organisation);
            }
        }
        Map<Organisation, Integer> claimed = new IdentityHashMap<>();
        for (RegistryRows.Row row : file.rows()) {
            Set<Organisation> matches = new LinkedHashSet<>(byName.getOrDefault(row.country() + " " + row.nameKey(), List.of()));
            if (row.websiteKey() != null) {
                matches.addAll(byWebsite.getOrDefault(row.country() + " " + row.websiteKey(), List.of()));
            }
            if (matches.size() > 1) {
                List<Organisation> two = matches.stream().limit(2).toList();
                plan.problems.add(RegistryProblem.of(row.line(), null, Kind.AMBIGUOUS, two.get(0).getName(), two.get(1).getName()));
                continue;
            }
            Organisation existing = matches.isEmpty() ? null : matches.iterator().next();
            if (existing != null) {
                Integer other = claimed.putIfAbsent(existing, row.line());
                if (other != null) {
                    plan.problems.add(RegistryProblem.of(row.line(), null, Kind.SAME_EXISTING, other, existing.getName()));
                    continue;
                }
            }
            RegistryEntry entry = entry(row, existing, file.columns());
            if (entry.level() == MembershipLevel.MEMBER && !ApplicationForm.mayBeMember(entry.type(), entry.legalStatus())) {
                plan.problems.add(RegistryProblem.of(row.line(), file.headerCell(RegistryColumn.LEVEL), Kind.MEMBER_COMMERCIAL));
                continue;
            }
            Action action = existing == null ? Action.CREATE
                    : existing.registryDifferences(entry).isEmpty() ? Action.UNCHANGED : Action.UPDATE;
            plan.steps.add(new Step(row, existing, entry, action));
        }
        return plan;
    }

    private static RegistryEntry entry(RegistryRows.Row row, Organisation existing, Set<RegistryColumn> columns) {
        boolean isNew = existing == null;
        String acronym = columns.contains(RegistryColumn.ACRONYM) || isNew ? row.acronym() : existing.getAcronym();
        String website = columns.contains(RegistryColumn.WEBSITE) || isNew ? row.website() : existing.getWebsite();
        MembershipLevel level = row.level() != null ? row.level() : isNew ? MembershipLevel.PARTNER : existing.getLevel();
        LegalStatus legalStatus = row.legalStatus() != null ? row.legalStatus()
                : isNew ? Organisation.defaultLegalStatus(row.type()) : existing.legalStatusUnder(row.type());
        OrganisationStatus status = row.status() != null ? row.status() : isNew ? OrganisationStatus.ACTIVE : existing.getStatus();
        return new RegistryEntry(row.name(), acronym, row.type(), row.country(), website, level, row.joinedOn(),
                legalStatus, status);
    }

    List<Step> steps() {
        return steps;
    }

    List<RegistryProblem> problems() {
        return problems;
    }

    int count(Action action) {
        return (int) steps.stream().filter(s -> s.action() == action).count();
    }
}
