package org.fourpermille.hub.membership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.identity.Affiliation;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.FieldProblem;
import org.fourpermille.hub.shared.InvalidInputException;
import org.fourpermille.hub.shared.StoredFile;

/**
 * An organisation that joined the Initiative, and what it may become: its profile, its main contact, its
 * level (only non-commercial organisations can be Members) and its status. Each change is a method that
 * refuses what the rules do not allow and returns the step to add to the organisation's timeline.
 *
 * <pre>
 * ACTIVE --suspend--> SUSPENDED --reinstate--> ACTIVE
 * ACTIVE|SUSPENDED --withdraw--> WITHDRAWN --reinstate--> ACTIVE
 * PARTNER --upgrade (approved application)--> MEMBER
 * </pre>
 */
@Entity
@Table(name = "organisation")
public class Organisation implements Affiliation {

    public static final int NAME_LENGTH = 300;
    public static final int ACRONYM_LENGTH = 40;
    public static final int WEBSITE_LENGTH = 300;
    public static final int DESCRIPTION_LENGTH = 4000;
    public static final int REASON_LENGTH = OrganisationEvent.NOTE_LENGTH;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = NAME_LENGTH, nullable = false)
    private String name;

    @Column(length = ACRONYM_LENGTH)
    private String acronym;

    @Enumerated(EnumType.STRING)
    @Column(length = 40, nullable = false)
    private OrganisationType type;

    /** ISO 3166-1 alpha-2. */
    @Column(length = 2, nullable = false)
    private String country;

    @Column(length = WEBSITE_LENGTH)
    private String website;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    private MembershipLevel level;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_status", length = 20, nullable = false)
    private LegalStatus legalStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "decided_by", length = 20)
    private DecidingBody decidedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "logo_sha256")
    private StoredFile logo;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    private OrganisationStatus status = OrganisationStatus.ACTIVE;

    @Column(length = DESCRIPTION_LENGTH)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "main_contact_id")
    private Account mainContact;

    @Version
    private int version;

    protected Organisation() {
    }

    public Organisation(String name, String acronym, OrganisationType type, String country, String website,
                        MembershipLevel level, LocalDate joinedOn) {
        if (level == MembershipLevel.MEMBER && type.isCommercial()) {
            throw new BusinessException("membership.error.memberMustBeNonProfit");
        }
        this.name = name;
        this.acronym = acronym;
        this.type = type;
        this.country = country;
        this.website = website;
        this.level = level;
        this.joinedOn = joinedOn;
        this.legalStatus = defaultLegalStatus(type);
    }

    /** The legal status an organisation of this type has when nobody said otherwise. */
    /** The organisation the account represents, or null: the link identity keeps as an {@link Affiliation}. */
    public static Organisation of(Account account) {
        return (Organisation) account.getOrganisation();
    }

    public static LegalStatus defaultLegalStatus(OrganisationType type) {
        return type.isCommercial() ? LegalStatus.COMMERCIAL
                : type == OrganisationType.STATE_OR_LOCAL_GOVERNMENT ? LegalStatus.PUBLIC : LegalStatus.NON_PROFIT;
    }

    /** The organisation an approved application describes, with the deciding body and the applicant's logo. */
    public static Organisation fromApprovedApplication(MembershipApplication application) {
        if (application.getStatus() != ApplicationStatus.APPROVED) {
            throw new BusinessException("application.error.illegalMove");
        }
        Organisation organisation = new Organisation(application.getOrganisationName(), application.getAcronym(),
                application.getType(), application.getCountry(), application.getWebsite(), application.getLevel(),
                application.getDecidedOn());
        if (organisation.level == MembershipLevel.MEMBER && application.getLegalStatus() == LegalStatus.COMMERCIAL) {
            throw new BusinessException("application.error.memberNonProfit");
        }
        organisation.legalStatus = application.getLegalStatus();
        organisation.decidedBy = application.getDecidedBy();
        organisation.logo = application.currentDocument(DocumentKind.LOGO).map(ApplicationDocument::getFile).orElse(null);
        return organisation;
    }

    // ---- the representatives' moves ----

    /**
     * Changes what representatives may change on their own: acronym, website and description. Returns
     * the timeline step naming the fields that changed, or nothing if none did.
     */
    public Optional<OrganisationEvent> editProfile(String newAcronym, String newWebsite, String newDescription,
                                                             String actor, Instant now) {
        requireStatus(OrganisationStatus.ACTIVE);
        List<FieldProblem> problems = new ArrayList<>();
        String cleanAcronym = ApplicationForm.text(newAcronym, "acronym", ACRONYM_LENGTH, false, problems);
        String cleanWebsite = ApplicationForm.website(newWebsite, problems);
        String cleanDescription = ApplicationForm.text(newDescription, "description", DESCRIPTION_LENGTH, false, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(acronym, cleanAcronym)) {
            changed.add("acronym");
        }
        if (!Objects.equals(website, cleanWebsite)) {
            changed.add("website");
        }
        if (!Objects.equals(description, cleanDescription)) {
            changed.add("description");
        }
        acronym = cleanAcronym;
        website = cleanWebsite;
        description = cleanDescription;
        return changed.isEmpty() ? Optional.empty()
                : Optional.of(event(OrganisationEventType.PROFILE_EDITED, now, actor, String.join(", ", changed), null));
    }

    public OrganisationEvent replaceLogo(StoredFile newLogo, String actor, Instant now) {
        requireStatus(OrganisationStatus.ACTIVE);
        logo = newLogo;
        return event(OrganisationEventType.PROFILE_EDITED, now, actor, "logo", null);
    }

    /** Hands the main-contact role to another active representative of this organisation. */
    public OrganisationEvent handOverMainContact(Account successor, String actor, Instant now) {
        requireStatus(OrganisationStatus.ACTIVE);
        if (successor == null || !represents(successor) || !successor.canSignIn()) {
            throw new BusinessException("organisation.error.notARepresentative");
        }
        if (isMainContact(successor)) {
            throw new BusinessException("organisation.error.alreadyMainContact");
        }
        mainContact = successor;
        return event(OrganisationEventType.MAIN_CONTACT_CHANGED, now, actor, successor.getEmail(), null);
    }

    /** The first main contact: the applicant, on approval (or whoever the secretariat names). */
    public void appointMainContact(Account contact) {
        if (contact != null && !represents(contact)) {
            throw new BusinessException("organisation.error.notARepresentative");
        }
        mainContact = contact;
    }

    public boolean represents(Account account) {
        if (account == null || account.getOrganisation() == null) {
            return false;
        }
        return account.getOrganisation() == this || id != null && id.equals(account.getOrganisation().getId());
    }

    public boolean isMainContact(Account account) {
        if (account == null || mainContact == null) {
            return false;
        }
        return mainContact == account || account.getId() != null && account.getId().equals(mainContact.getId());
    }

    /** The organisation leaves the Initiative; its representatives lose their access at once. */
    public OrganisationEvent withdraw(String actor, String reason, Instant now) {
        requireStatus(OrganisationStatus.ACTIVE, OrganisationStatus.SUSPENDED);
        status = OrganisationStatus.WITHDRAWN;
        return event(OrganisationEventType.WITHDRAWN, now, actor, null, optionalReason(reason));
    }

    // ---- the secretariat's moves ----

    public OrganisationEvent suspend(String actor, String reason, Instant now) {
        requireStatus(OrganisationStatus.ACTIVE);
        String why = requiredReason(reason);
        status = OrganisationStatus.SUSPENDED;
        return event(OrganisationEventType.SUSPENDED, now, actor, null, why);
    }

    /** Gives a suspended or withdrawn organisation its place back. */
    public OrganisationEvent reinstate(String actor, String reason, Instant now) {
        requireStatus(OrganisationStatus.SUSPENDED, OrganisationStatus.WITHDRAWN);
        String why = requiredReason(reason);
        status = OrganisationStatus.ACTIVE;
        return event(OrganisationEventType.REINSTATED, now, actor, null, why);
    }

    /** A Partner becomes a Member after the governance declaration was approved like an application. */
    public OrganisationEvent upgradeToMember(DecidingBody body, LocalDate decidedOn, String actor, String reference, Instant now) {
        requireStatus(OrganisationStatus.ACTIVE);
        if (level == MembershipLevel.MEMBER) {
            throw new BusinessException("organisation.error.alreadyMember");
        }
        if (!ApplicationForm.mayBeMember(type, legalStatus)) {
            throw new BusinessException("application.error.memberNonProfit");
        }
        level = MembershipLevel.MEMBER;
        decidedBy = body;
        return event(OrganisationEventType.LEVEL_CHANGED, now, actor, MembershipLevel.MEMBER.name(),
                reference + " " + body + " " + decidedOn);
    }

    /** A change of name or type the secretariat approved. A Member cannot become a commercial body. */
    void applyChange(String newName, OrganisationType newType) {
        if (level == MembershipLevel.MEMBER && newType.isCommercial()) {
            throw new BusinessException("application.error.memberNonProfit");
        }
        if (newType != type) {
            legalStatus = newType.isCommercial() || newType == OrganisationType.STATE_OR_LOCAL_GOVERNMENT
                    ? defaultLegalStatus(newType) : legalStatus == LegalStatus.COMMERCIAL ? LegalStatus.NON_PROFIT : legalStatus;
        }
        name = newName;
        type = newType;
    }

    // ---- the secretariat's registry file ----

    /**
     * An organisation of the registry the secretariat kept before the platform, as its file describes it.
     * Like any organisation, a Member cannot be commercial.
     */
    public static Organisation fromRegistry(RegistryEntry entry) {
        Organisation organisation = new Organisation(entry.name(), entry.acronym(), entry.type(), entry.country(),
                entry.website(), entry.level(), entry.joinedOn());
        if (entry.level() == MembershipLevel.MEMBER && !ApplicationForm.mayBeMember(entry.type(), entry.legalStatus())) {
            throw new BusinessException("application.error.memberNonProfit");
        }
        organisation.legalStatus = entry.legalStatus();
        organisation.status = entry.status();
        return organisation;
    }

    /**
     * Brings this organisation in line with its row of the registry file (the secretariat's list is the
     * reference for these values, so any status or level may be set). Returns the timeline step naming the
     * fields that changed, with their old and new values, or nothing if none did.
     */
    public Optional<OrganisationEvent> updateFromRegistry(RegistryEntry entry, String actor, Instant now) {
        if (!country.equals(entry.country())) {
            throw new IllegalArgumentException("A registry row matches an organisation of its own country only");
        }
        if (entry.level() == MembershipLevel.MEMBER && !ApplicationForm.mayBeMember(entry.type(), entry.legalStatus())) {
            throw new BusinessException("application.error.memberNonProfit");
        }
        List<String> changed = registryDifferences(entry);
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder note = new StringBuilder();
        for (String field : changed) {
            note.append(note.isEmpty() ? "" : "; ").append(field).append(": ")
                    .append(valueOf(field, this)).append(" → ").append(valueOf(field, entry));
        }
        name = entry.name();
        acronym = entry.acronym();
        type = entry.type();
        website = entry.website();
        level = entry.level();
        joinedOn = entry.joinedOn();
        legalStatus = entry.legalStatus();
        status = entry.status();
        return Optional.of(event(OrganisationEventType.REGISTRY_UPDATED, now, actor, String.join(", ", changed), note.toString()));
    }

    /** The fields (named as the registry file names its columns) whose value differs from the entry's. */
    public List<String> registryDifferences(RegistryEntry entry) {
        List<String> changed = new ArrayList<>();
        for (String field : List.of("name", "acronym", "type", "website", "level", "joined_on", "legal_status", "status")) {
            if (!Objects.equals(valueOf(field, this), valueOf(field, entry))) {
                changed.add(field);
            }
        }
        return changed;
    }

    private static Object valueOf(String field, Organisation o) {
        return valueOf(field, new RegistryEntry(o.name, o.acronym, o.type, o.country, o.website, o.level, o.joinedOn,
                o.legalStatus, o.status));
    }

    private static Object valueOf(String field, RegistryEntry e) {
        return switch (field) {
            case "name" -> e.name();
            case "acronym" -> e.acronym();
            case "type" -> e.type();
            case "website" -> e.website();
            case "level" -> e.level();
            case "joined_on" -> e.joinedOn();
            case "legal_status" -> e.legalStatus();
            case "status" -> e.status();
            default -> throw new IllegalArgumentException(field);
        };
    }

    /**
     * The legal status this organisation keeps if its type becomes {@code newType} and nobody gives a new
     * one: unchanged for the same type; otherwise as an approved change of type sets it (governments are
     * public and companies commercial; a former company becomes non-profit).
     */
    public LegalStatus legalStatusUnder(OrganisationType newType) {
        if (newType == type) {
            return legalStatus;
        }
        return newType.isCommercial() || newType == OrganisationType.STATE_OR_LOCAL_GOVERNMENT
                ? defaultLegalStatus(newType) : legalStatus == LegalStatus.COMMERCIAL ? LegalStatus.NON_PROFIT : legalStatus;
    }

    /** A step of the timeline about this organisation. */
    public OrganisationEvent event(OrganisationEventType eventType, Instant now, String actor, String subject, String note) {
        return new OrganisationEvent(this, eventType, now, actor, subject, note);
    }

    private void requireStatus(OrganisationStatus... allowed) {
        for (OrganisationStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new BusinessException("organisation.error.status." + status.name());
    }

    static String requiredReason(String reason) {
        String clean = optionalReason(reason);
        if (clean == null) {
            throw new BusinessException("organisation.error.reasonRequired");
        }
        return clean;
    }

    static String optionalReason(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        if (reason.strip().length() > REASON_LENGTH) {
            throw new BusinessException("error.tooLong", REASON_LENGTH);
        }
        return reason.strip();
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getName() {
        return name;
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

    public MembershipLevel getLevel() {
        return level;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public LegalStatus getLegalStatus() {
        return legalStatus;
    }

    public DecidingBody getDecidedBy() {
        return decidedBy;
    }

    public StoredFile getLogo() {
        return logo;
    }

    public OrganisationStatus getStatus() {
        return status;
    }

    @Override
    public boolean grantsAccess() {
        return status.grantsAccess();
    }

    @Override
    public boolean grantsMembership() {
        return level == MembershipLevel.MEMBER;
    }

    @Override
    public boolean hasWithdrawn() {
        return status == OrganisationStatus.WITHDRAWN;
    }

    public String getDescription() {
        return description;
    }

    public Account getMainContact() {
        return mainContact;
    }

    public int getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Organisation that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
