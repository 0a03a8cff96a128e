package org.fourpermille.hub.membership;

import java.io.Serializable;
import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.FieldProblem;
import org.fourpermille.hub.shared.InvalidInputException;

/**
 * What an applicant types into the "Join the Initiative" form. {@link #validated()} checks every field
 * at once and returns the cleaned form (trimmed, emails in lower case, website with its scheme).
 * Field names are those of the form, so problems can be shown next to their field.
 */
public record ApplicationForm(String organisationName, String acronym, OrganisationType type, String country,
                              String website, LegalStatus legalStatus, MembershipLevel level,
                              String applicantName, String applicantFunction, String applicantEmail,
                              String signatoryName, String signatoryFunction, String signatoryEmail)
        implements Serializable {

    public static final int PERSON_NAME_LENGTH = Account.NAME_LENGTH;
    public static final int FUNCTION_LENGTH = 200;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** The cleaned form, or {@link InvalidInputException} listing every problem. */
    public ApplicationForm validated() {
        List<FieldProblem> problems = new ArrayList<>();
        String cleanName = text(organisationName, "organisationName", Organisation.NAME_LENGTH, true, problems);
        String cleanAcronym = text(acronym, "acronym", Organisation.ACRONYM_LENGTH, false, problems);
        if (type == null) {
            problems.add(FieldProblem.of("type", "application.error.typeRequired"));
        }
        String cleanCountry = country == null ? null : country.trim().toUpperCase(Locale.ROOT);
        if (cleanCountry == null || !COUNTRIES.contains(cleanCountry)) {
            problems.add(FieldProblem.of("country", "application.error.country"));
        }
        String cleanWebsite = website(website, problems);
        if (legalStatus == null) {
            problems.add(FieldProblem.of("legalStatus", "application.error.legalStatusRequired"));
        }
        if (level == null) {
            problems.add(FieldProblem.of("level", "application.error.levelRequired"));
        } else if (level == MembershipLevel.MEMBER && !mayBeMember(type, legalStatus)) {
            problems.add(FieldProblem.of("level", "application.error.memberNonProfit"));
        }
        String cleanApplicant = text(applicantName, "applicantName", PERSON_NAME_LENGTH, true, problems);
        String cleanApplicantFunction = text(applicantFunction, "applicantFunction", FUNCTION_LENGTH, true, problems);
        String cleanApplicantEmail = email(applicantEmail, "applicantEmail", problems);
        String cleanSignatory = text(signatoryName, "signatoryName", PERSON_NAME_LENGTH, true, problems);
        String cleanSignatoryFunction = text(signatoryFunction, "signatoryFunction", FUNCTION_LENGTH, true, problems);
        String cleanSignatoryEmail = email(signatoryEmail, "signatoryEmail", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ApplicationForm(cleanName, cleanAcronym, type, cleanCountry, cleanWebsite, legalStatus, level,
                cleanApplicant, cleanApplicantFunction, cleanApplicantEmail,
                cleanSignatory, cleanSignatoryFunction, cleanSignatoryEmail);
    }

    /** Only non-profit or non-commercial organisations may sign the governance declaration. */
    public static boolean mayBeMember(OrganisationType type, LegalStatus legalStatus) {
        return legalStatus != LegalStatus.COMMERCIAL && (type == null || !type.isCommercial());
    }

    /** The name as the duplicate rule compares it: no case, accents, punctuation or repeated spaces. */
    public static String nameKey(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    /** The website as the duplicate rule compares it: its host, without "www.". */
    public static String websiteKey(String website) {
        String host;
        try {
            host = website == null ? null : URI.create(website).getHost();
        } catch (IllegalArgumentException e) {
            host = null;
        }
        if (host == null) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    static String text(String value, String field, int maxLength, boolean required, List<FieldProblem> problems) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            if (required) {
                problems.add(FieldProblem.of(field, "error.required"));
            }
            return null;
        }
        if (clean.length() > maxLength) {
            problems.add(FieldProblem.of(field, "error.tooLong", maxLength));
        }
        return clean;
    }

    private static String email(String value, String field, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "error.required"));
            return null;
        }
        try {
            return Account.normaliseEmail(value);
        } catch (BusinessException e) {
            problems.add(FieldProblem.of(field, e.messageKey(), e.arguments()));
            return null;
        }
    }

    /** The website with its scheme, or null when blank; a problem on field "website" when it is no web address. */
    public static String website(String value, List<FieldProblem> problems) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            return null;
        }
        if (!clean.matches("(?i)https?://.*")) {
            clean = "https://" + clean;
        }
        try {
            URI uri = URI.create(clean);
            if (uri.getHost() == null || !uri.getHost().contains(".") || clean.length() > Organisation.WEBSITE_LENGTH) {
                throw new IllegalArgumentException(clean);
            }
            return clean;
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of("website", "application.error.website"));
            return null;
        }
    }
}
