package org.fourpermille.hub.membership;

import java.io.Serializable;
import java.text.Collator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.faces.model.SelectItem;

import org.fourpermille.hub.shared.FieldProblem;
import org.fourpermille.hub.shared.Texts;

/**
 * The fields of the application form as the page binds them: what was typed stays here, so a refused
 * form comes back exactly as it was sent. Shared by the applicant's page and the secretariat's copy of it.
 */
public class ApplicationFormFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String organisationName;
    private String acronym;
    private OrganisationType type;
    private String country;
    private String website;
    private LegalStatus legalStatus;
    private MembershipLevel level = MembershipLevel.PARTNER;
    private String applicantName;
    private String applicantFunction;
    private String applicantEmail;
    private String signatoryName;
    private String signatoryFunction;
    private String signatoryEmail;

    public static ApplicationFormFields of(ApplicationForm form) {
        ApplicationFormFields fields = new ApplicationFormFields();
        fields.organisationName = form.organisationName();
        fields.acronym = form.acronym();
        fields.type = form.type();
        fields.country = form.country();
        fields.website = form.website();
        fields.legalStatus = form.legalStatus();
        fields.level = form.level();
        fields.applicantName = form.applicantName();
        fields.applicantFunction = form.applicantFunction();
        fields.applicantEmail = form.applicantEmail();
        fields.signatoryName = form.signatoryName();
        fields.signatoryFunction = form.signatoryFunction();
        fields.signatoryEmail = form.signatoryEmail();
        return fields;
    }

    public ApplicationForm toForm() {
        return new ApplicationForm(organisationName, acronym, type, country, website, legalStatus, level,
                applicantName, applicantFunction, applicantEmail, signatoryName, signatoryFunction, signatoryEmail);
    }

    /** Shows each problem next to its field of the form {@code formId}. */
    public static void show(String formId, List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            Texts.error(formId + ":" + problem.field(), problem.messageKey(), problem.arguments());
        }
    }

    /** Every country, named in the reader's language and sorted the way that language sorts. */
    public static List<SelectItem> countries(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOCountries())
                .map(code -> new SelectItem(code, new Locale.Builder().setRegion(code).build().getDisplayCountry(locale)))
                .sorted((a, b) -> collator.compare(a.getLabel(), b.getLabel()))
                .toList();
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(String organisationName) {
        this.organisationName = organisationName;
    }

    public String getAcronym() {
        return acronym;
    }

    public void setAcronym(String acronym) {
        this.acronym = acronym;
    }

    public OrganisationType getType() {
        return type;
    }

    public void setType(OrganisationType type) {
        this.type = type;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public LegalStatus getLegalStatus() {
        return legalStatus;
    }

    public void setLegalStatus(LegalStatus legalStatus) {
        this.legalStatus = legalStatus;
    }

    public MembershipLevel getLevel() {
        return level;
    }

    public void setLevel(MembershipLevel level) {
        this.level = level;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public void setApplicantName(String applicantName) {
        this.applicantName = applicantName;
    }

    public String getApplicantFunction() {
        return applicantFunction;
    }

    public void setApplicantFunction(String applicantFunction) {
        this.applicantFunction = applicantFunction;
    }

    public String getApplicantEmail() {
        return applicantEmail;
    }

    public void setApplicantEmail(String applicantEmail) {
        this.applicantEmail = applicantEmail;
    }

    public String getSignatoryName() {
        return signatoryName;
    }

    public void setSignatoryName(String signatoryName) {
        this.signatoryName = signatoryName;
    }

    public String getSignatoryFunction() {
        return signatoryFunction;
    }

    public void setSignatoryFunction(String signatoryFunction) {
        this.signatoryFunction = signatoryFunction;
    }

    public String getSignatoryEmail() {
        return signatoryEmail;
    }

    public void setSignatoryEmail(String signatoryEmail) {
        this.signatoryEmail = signatoryEmail;
    }
}
