package org.fourpermille.hub.membership;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.FieldProblem;
import org.fourpermille.hub.shared.InvalidInputException;
import org.fourpermille.hub.shared.StoredFile;
import org.fourpermille.hub.shared.SupportedLocale;

/**
 * An organisation's application to join the Initiative, from the applicant's draft to the decision of the
 * Bureau or Consortium. The workflow lives here: each move is a method that refuses what the current
 * status does not allow, so no service or page can, say, approve a rejected application.
 *
 * <pre>
 * DRAFT --submit--> SUBMITTED --recommend--> RECOMMENDED --approve/reject--> APPROVED | REJECTED
 *                   SUBMITTED|RECOMMENDED --requestInformation--> INFO_REQUESTED --submit--> SUBMITTED
 *                   SUBMITTED --approve/reject-->                 REJECTED --reopen--> SUBMITTED
 * </pre>
 */
@Entity
@Table(name = "membership_application")
@NamedQuery(name = MembershipApplication.BY_RESUME_KEY,
        query = "SELECT a FROM MembershipApplication a WHERE a.resumeKeyHash = :hash")
@NamedQuery(name = MembershipApplication.OPEN_SAME_ORGANISATION,
        query = "SELECT a FROM MembershipApplication a WHERE a.country = :country AND a.status IN :open"
                + " AND a.id <> :id AND (a.nameKey = :nameKey OR (a.websiteKey IS NOT NULL AND a.websiteKey = :websiteKey))")
public class MembershipApplication {

    public static final String BY_RESUME_KEY = "MembershipApplication.byResumeKey";
    public static final String OPEN_SAME_ORGANISATION = "MembershipApplication.openSameOrganisation";
    public static final Set<ApplicationStatus> OPEN =
            EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.INFO_REQUESTED, ApplicationStatus.RECOMMENDED);
    public static final int NOTE_LENGTH = ApplicationEvent.NOTE_LENGTH;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = 20, unique = true)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    private ApplicationStatus status;

    @Column(name = "resume_key_hash", length = 64, nullable = false, unique = true)
    private String resumeKeyHash;

    @Enumerated(EnumType.STRING)
    @Column(length = 2, nullable = false)
    private SupportedLocale language;

    @Enumerated(EnumType.STRING)
    @Column(length = 10, nullable = false)
    private ApplicationPurpose purpose = ApplicationPurpose.JOIN;

    @Column(name = "org_name", length = Organisation.NAME_LENGTH, nullable = false)
    private String organisationName;
    @Column(name = "org_acronym", length = Organisation.ACRONYM_LENGTH)
    private String acronym;
    @Enumerated(EnumType.STRING)
    @Column(name = "org_type", length = 40, nullable = false)
    private OrganisationType type;
    @Column(length = 2, nullable = false)
    private String country;
    @Column(length = Organisation.WEBSITE_LENGTH)
    private String website;
    @Enumerated(EnumType.STRING)
    @Column(name = "legal_status", length = 20, nullable = false)
    private LegalStatus legalStatus;
    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    private MembershipLevel level;
    @Column(name = "applicant_name", length = ApplicationForm.PERSON_NAME_LENGTH, nullable = false)
    private String applicantName;
    @Column(name = "applicant_function", length = ApplicationForm.FUNCTION_LENGTH, nullable = false)
    private String applicantFunction;
    @Column(name = "applicant_email", length = 254, nullable = false)
    private String applicantEmail;
    @Column(name = "signatory_name", length = ApplicationForm.PERSON_NAME_LENGTH, nullable = false)
    private String signatoryName;
    @Column(name = "signatory_function", length = ApplicationForm.FUNCTION_LENGTH, nullable = false)
    private String signatoryFunction;
    @Column(name = "signatory_email", length = 254, nullable = false)
    private String signatoryEmail;

    @Column(name = "name_key", length = Organisation.NAME_LENGTH, nullable = false)
    private String nameKey;
    @Column(name = "website_key", length = Organisation.WEBSITE_LENGTH)
    private String websiteKey;

    @Column(nullable = false)
    private int submissions;

    @Column(name = "info_request", length = NOTE_LENGTH)
    private String infoRequest;

    @Column(name = "signature_checked_by", length = 254)
    private String signatureCheckedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "decided_by", length = 20)
    private DecidingBody decidedBy;
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    @Column(name = "decision_reason", length = NOTE_LENGTH)
    private String decisionReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "submitted_at")
    private Instant submittedAt;

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL)
    @OrderBy("uploadedAt, id")
    private List<ApplicationDocument> documents = new ArrayList<>();

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL)
    @OrderBy("occurredAt, id")
    private List<ApplicationEvent> events = new ArrayList<>();

    @Version
    private int version;

    protected MembershipApplication() {
    }

    /** A new draft; the applicant comes back to it with the link whose hash is {@code resumeKeyHash}. */
    public MembershipApplication(ApplicationForm form, SupportedLocale language, String resumeKeyHash, Instant now) {
        this.status = ApplicationStatus.DRAFT;
        this.language = language == null ? SupportedLocale.EN : language;
        this.resumeKeyHash = resumeKeyHash;
        this.createdAt = now;
        apply(form.validated(), now);
        log(now, applicantEmail, ApplicationEventType.CREATED, null, null);
    }

    /**
     * A Partner organisation's draft to become a Member. Its identity (name, type, country, website,
     * legal status) is the organisation's and stays so; the level is Member.
     */
    public static MembershipApplication upgrade(Organisation organisation, ApplicationForm form, SupportedLocale language,
                                                String resumeKeyHash, Instant now) {
        if (organisation.getStatus() != OrganisationStatus.ACTIVE) {
            throw new BusinessException("organisation.error.status." + organisation.getStatus().name());
        }
        if (organisation.getLevel() == MembershipLevel.MEMBER) {
            throw new BusinessException("organisation.error.alreadyMember");
        }
        if (!ApplicationForm.mayBeMember(organisation.getType(), organisation.getLegalStatus())) {
            throw new BusinessException("application.error.memberNonProfit");
        }
        MembershipApplication application = new MembershipApplication(upgradeForm(organisation, form), language, resumeKeyHash, now);
        application.purpose = ApplicationPurpose.UPGRADE;
        application.organisation = organisation;
        return application;
    }

    private static ApplicationForm upgradeForm(Organisation organisation, ApplicationForm form) {
        return new ApplicationForm(organisation.getName(), organisation.getAcronym(), organisation.getType(),
                organisation.getCountry(), organisation.getWebsite(), organisation.getLegalStatus(), MembershipLevel.MEMBER,
                form.applicantName(), form.applicantFunction(), form.applicantEmail(),
                form.signatoryName(), form.signatoryFunction(), form.signatoryEmail());
    }

    // ---- the applicant's moves ----

    /** Replaces the form's content; only while the applicant may edit. */
    public void edit(ApplicationForm form, Instant now) {
        requireEditable();
        apply((purpose == ApplicationPurpose.UPGRADE ? upgradeForm(organisation, form) : form).validated(), now);
    }

    /** Adds a document, replacing the current one of the same kind. Content type is checked by the caller. */
    public ApplicationDocument attach(DocumentKind kind, String fileName, StoredFile file, Instant now) {
        requireEditable();
        if (!kind.accepts(file.getMediaType())) {
            throw new BusinessException("application.error.fileType", ApplicationDocument.safeName(fileName));
        }
        currentDocument(kind).ifPresent(d -> d.replace(now));
        ApplicationDocument document = new ApplicationDocument(this, kind, fileName, file, now);
        documents.add(document);
        updatedAt = now;
        log(now, applicantEmail, ApplicationEventType.DOCUMENT_ADDED, kind.name() + ": " + document.getFileName(), null);
        return document;
    }

    public void removeDocument(long documentId, Instant now) {
        requireEditable();
        ApplicationDocument document = getCurrentDocuments().stream().filter(d -> d.getId() == documentId).findFirst()
                .orElseThrow(() -> new BusinessException("application.error.noSuchDocument"));
        document.replace(now);
        updatedAt = now;
        log(now, applicantEmail, ApplicationEventType.DOCUMENT_REMOVED, document.getKind().name() + ": " + document.getFileName(), null);
    }

    /**
     * Sends the application (again) to the secretariat. Refuses an incomplete one, listing each missing
     * document. {@code reference} is used the first time only.
     */
    public void submit(String newReference, Instant now) {
        requireEditable();
        List<FieldProblem> missing = getMissingDocuments().stream()
                .map(kind -> FieldProblem.of("document_" + kind.name(), "application.error.missing." + kind.name()))
                .toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        boolean first = status == ApplicationStatus.DRAFT;
        if (first) {
            reference = newReference;
            submittedAt = now;
        }
        submissions++;
        status = ApplicationStatus.SUBMITTED;
        infoRequest = null;
        updatedAt = now;
        log(now, applicantEmail, first ? ApplicationEventType.SUBMITTED : ApplicationEventType.RESUBMITTED, null, ApplicationSnapshot.of(form(), getCurrentDocuments()));
    }

    // ---- the secretariat's moves ----

    /**
     * Sends the application back to the applicant with a question. The link changes (the new one goes out
     * by mail with the question), since the secretariat never knows the old one.
     */
    public void requestInformation(String actor, String note, String newResumeKeyHash, Instant now) {
        requireStatus(ApplicationStatus.SUBMITTED, ApplicationStatus.RECOMMENDED);
        resumeKeyHash = newResumeKeyHash;
        infoRequest = requiredNote(note, "application.error.noteRequired");
        status = ApplicationStatus.INFO_REQUESTED;
        updatedAt = now;
        log(now, actor, ApplicationEventType.INFO_REQUESTED, infoRequest, null);
    }

    /** Recommends to the governance body; the reviewer must have checked who signed the declaration. */
    public void recommend(String actor, boolean signatureChecked, String note, Instant now) {
        requireStatus(ApplicationStatus.SUBMITTED);
        checkSignature(actor, signatureChecked);
        status = ApplicationStatus.RECOMMENDED;
        updatedAt = now;
        log(now, actor, ApplicationEventType.RECOMMENDED, optionalNote(note), null);
    }

    /** Records the approval by the Bureau or Consortium. The caller then creates the organisation. */
    public void approve(String actor, boolean signatureChecked, DecidingBody body, LocalDate date, String note, Instant now) {
        requireStatus(ApplicationStatus.SUBMITTED, ApplicationStatus.RECOMMENDED);
        checkDecision(body, date, now);
        checkSignature(actor, signatureChecked);
        if (level == MembershipLevel.MEMBER && !ApplicationForm.mayBeMember(type, legalStatus)) {
            throw new BusinessException("application.error.memberNonProfit");
        }
        decide(ApplicationStatus.APPROVED, body, date, optionalNote(note), now);
        log(now, actor, ApplicationEventType.APPROVED, describeDecision(), null);
    }

    public void reject(String actor, DecidingBody body, LocalDate date, String reason, Instant now) {
        requireStatus(ApplicationStatus.SUBMITTED, ApplicationStatus.RECOMMENDED);
        checkDecision(body, date, now);
        decide(ApplicationStatus.REJECTED, body, date, requiredNote(reason, "application.error.reasonRequired"), now);
        log(now, actor, ApplicationEventType.REJECTED, describeDecision(), null);
    }

    /** Puts a rejected application back in the queue, for example after an appeal; the decision is cleared. */
    public void reopen(String actor, String note, Instant now) {
        requireStatus(ApplicationStatus.REJECTED);
        String why = requiredNote(note, "application.error.noteRequired");
        status = ApplicationStatus.SUBMITTED;
        decidedBy = null;
        decidedOn = null;
        decisionReason = null;
        updatedAt = now;
        log(now, actor, ApplicationEventType.REOPENED, why, null);
    }

    public void linkOrganisation(Organisation created) {
        if (status != ApplicationStatus.APPROVED || purpose != ApplicationPurpose.JOIN) {
            throw new BusinessException("application.error.illegalMove");
        }
        this.organisation = created;
    }

    // ---- what reviewers see ----

    public List<ApplicationDocument> getCurrentDocuments() {
        return documents.stream().filter(ApplicationDocument::isCurrent).toList();
    }

    public Optional<ApplicationDocument> currentDocument(DocumentKind kind) {
        return getCurrentDocuments().stream().filter(d -> d.getKind() == kind).findFirst();
    }

    /** The documents this application needs, given its type and level. */
    public List<DocumentKind> getRequiredDocuments() {
        List<DocumentKind> required = new ArrayList<>();
        if (purpose == ApplicationPurpose.UPGRADE) {
            required.add(DocumentKind.DECLARATION_GOVERNANCE);
            return required;
        }
        required.add(DocumentKind.DECLARATION_INTENT);
        if (level == MembershipLevel.MEMBER) {
            required.add(DocumentKind.DECLARATION_GOVERNANCE);
        }
        if (!type.isLegalProofExempt()) {
            required.add(DocumentKind.LEGAL_PROOF);
        }
        required.add(DocumentKind.LOGO);
        return required;
    }

    public List<DocumentKind> getMissingDocuments() {
        return getRequiredDocuments().stream().filter(kind -> currentDocument(kind).isEmpty()).toList();
    }

    /** The reviewer's checklist: each item's message key and whether it is met. */
    public List<ChecklistItem> getChecklist() {
        List<ChecklistItem> items = new ArrayList<>();
        if (purpose == ApplicationPurpose.UPGRADE) {
            items.add(new ChecklistItem("declarationGovernance", currentDocument(DocumentKind.DECLARATION_GOVERNANCE).isPresent()));
            items.add(new ChecklistItem("nonProfit", ApplicationForm.mayBeMember(type, legalStatus)));
            items.add(new ChecklistItem("signature", signatureCheckedBy != null));
            return items;
        }
        items.add(new ChecklistItem("declarationIntent", currentDocument(DocumentKind.DECLARATION_INTENT).isPresent()));
        if (level == MembershipLevel.MEMBER) {
            items.add(new ChecklistItem("declarationGovernance", currentDocument(DocumentKind.DECLARATION_GOVERNANCE).isPresent()));
            items.add(new ChecklistItem("nonProfit", ApplicationForm.mayBeMember(type, legalStatus)));
        }
        items.add(type.isLegalProofExempt()
                ? new ChecklistItem("legalProofExempt", true)
                : new ChecklistItem("legalProof", currentDocument(DocumentKind.LEGAL_PROOF).isPresent()));
        items.add(new ChecklistItem("logo", currentDocument(DocumentKind.LOGO).isPresent()));
        items.add(new ChecklistItem("signature", signatureCheckedBy != null));
        return items;
    }

    public ApplicationForm form() {
        return new ApplicationForm(organisationName, acronym, type, country, website, legalStatus, level,
                applicantName, applicantFunction, applicantEmail, signatoryName, signatoryFunction, signatoryEmail);
    }

    // ---- internals ----

    private void apply(ApplicationForm form, Instant now) {
        organisationName = form.organisationName();
        acronym = form.acronym();
        type = form.type();
        country = form.country();
        website = form.website();
        legalStatus = form.legalStatus();
        level = form.level();
        applicantName = form.applicantName();
        applicantFunction = form.applicantFunction();
        applicantEmail = form.applicantEmail();
        signatoryName = form.signatoryName();
        signatoryFunction = form.signatoryFunction();
        signatoryEmail = form.signatoryEmail();
        nameKey = ApplicationForm.nameKey(organisationName);
        websiteKey = ApplicationForm.websiteKey(website);
        updatedAt = now;
    }

    private void requireEditable() {
        if (!status.isEditable()) {
            throw new BusinessException("application.error.notEditable");
        }
    }

    private void requireStatus(ApplicationStatus... allowed) {
        for (ApplicationStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new BusinessException("application.error.illegalMove");
    }

    private void checkSignature(String actor, boolean signatureChecked) {
        if (signatureChecked && signatureCheckedBy == null) {
            signatureCheckedBy = actor;
        }
        if (signatureCheckedBy == null) {
            throw new BusinessException("application.error.signatureUnchecked");
        }
    }

    private static void checkDecision(DecidingBody body, LocalDate date, Instant now) {
        if (body == null) {
            throw new BusinessException("application.error.bodyRequired");
        }
        if (date == null || date.isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1))) {
            throw new BusinessException("application.error.decisionDate");
        }
    }

    private void decide(ApplicationStatus outcome, DecidingBody body, LocalDate date, String reason, Instant now) {
        status = outcome;
        decidedBy = body;
        decidedOn = date;
        decisionReason = reason;
        updatedAt = now;
    }

    private String describeDecision() {
        return decidedBy + " " + decidedOn + (decisionReason == null ? "" : ": " + decisionReason);
    }

    private static String requiredNote(String note, String key) {
        String clean = optionalNote(note);
        if (clean == null) {
            throw new BusinessException(key);
        }
        return clean;
    }

    private static String optionalNote(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        if (note.strip().length() > NOTE_LENGTH) {
            throw new BusinessException("error.tooLong", NOTE_LENGTH);
        }
        return note.strip();
    }

    private void log(Instant now, String actor, ApplicationEventType action, String note, String snapshot) {
        events.add(new ApplicationEvent(this, now, actor, action, note, snapshot));
    }

    public Long getId() {
        return id;
    }

    public ApplicationPurpose getPurpose() {
        return purpose;
    }

    public boolean isUpgrade() {
        return purpose == ApplicationPurpose.UPGRADE;
    }

    public String getReference() {
        return reference;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public SupportedLocale getLanguage() {
        return language;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public String getAcronym() {
        return acronym;
    }

    public OrganisationType getType() {
        return type;
    }

    public String getCountry() {
        return country;
    }

    public String getWebsite() {
        return website;
    }

    public LegalStatus getLegalStatus() {
        return legalStatus;
    }

    public MembershipLevel getLevel() {
        return level;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public String getApplicantFunction() {
        return applicantFunction;
    }

    public String getApplicantEmail() {
        return applicantEmail;
    }

    public String getSignatoryName() {
        return signatoryName;
    }

    public String getSignatoryFunction() {
        return signatoryFunction;
    }

    public String getSignatoryEmail() {
        return signatoryEmail;
    }

    public String getNameKey() {
        return nameKey;
    }

    public String getWebsiteKey() {
        return websiteKey;
    }

    public int getSubmissions() {
        return submissions;
    }

    public String getInfoRequest() {
        return infoRequest;
    }

    public String getSignatureCheckedBy() {
        return signatureCheckedBy;
    }

    public DecidingBody getDecidedBy() {
        return decidedBy;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public List<ApplicationDocument> getDocuments() {
        return Collections.unmodifiableList(documents);
    }

    /** Newest first, as reviewers read a history. */
    public List<ApplicationEvent> getHistory() {
        // Events are kept in the order they happened; a stable sort keeps that order within the same instant.
        List<ApplicationEvent> newestFirst = new ArrayList<>(events);
        Collections.reverse(newestFirst);
        newestFirst.sort(Comparator.comparing(ApplicationEvent::getOccurredAt).reversed());
        return newestFirst;
    }

    public int getVersion() {
        return version;
    }
}
