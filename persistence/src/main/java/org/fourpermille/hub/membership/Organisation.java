package org.fourpermille.hub.membership;

import java.time.LocalDate;

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

import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.StoredFile;

/** An organisation that joined the Initiative. Only non-commercial organisations can be Members. */
@Entity
@Table(name = "organisation")
public class Organisation {

    public static final int NAME_LENGTH = 300;
    public static final int ACRONYM_LENGTH = 40;
    public static final int WEBSITE_LENGTH = 300;

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
        this.legalStatus = type.isCommercial() ? LegalStatus.COMMERCIAL
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

    public Long getId() {
        return id;
    }

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
}
