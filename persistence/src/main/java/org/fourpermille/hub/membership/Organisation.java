package org.fourpermille.hub.membership;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fourpermille.hub.shared.BusinessException;

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
}
