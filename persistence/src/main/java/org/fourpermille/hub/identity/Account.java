package org.fourpermille.hub.identity;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.Role;
import org.fourpermille.hub.shared.SupportedLocale;

/**
 * A person who may sign in. The email (stored in lower case) is the login name. An account starts
 * {@link AccountStatus#INVITED} without password and becomes active when its owner sets one.
 */
@Entity
@Table(name = "account")
// The organisation comes with the account: the caller checks and the per-request access check need both.
@NamedQuery(name = Account.BY_EMAIL, query = "SELECT a FROM Account a LEFT JOIN FETCH a.organisation WHERE a.email = :email")
public class Account {

    public static final String BY_EMAIL = "Account.byEmail";
    public static final int EMAIL_LENGTH = 254;
    public static final int NAME_LENGTH = 200;
    public static final int PASSWORD_HASH_LENGTH = 300;
    public static final int JOB_TITLE_LENGTH = 200;
    public static final int TIME_ZONE_LENGTH = 60;
    /** The roles an organisation's status gives or takes away; the others belong to the person. */
    public static final Set<Role> ORGANISATION_ROLES = Collections.unmodifiableSet(EnumSet.of(Role.PARTNER, Role.MEMBER));

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = EMAIL_LENGTH, nullable = false, unique = true)
    private String email;

    @Column(name = "display_name", length = NAME_LENGTH, nullable = false)
    private String displayName;

    @Column(name = "password_hash", length = PASSWORD_HASH_LENGTH)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    private AccountStatus status;

    @Enumerated(EnumType.STRING)
    @Column(length = 2, nullable = false)
    private SupportedLocale locale;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20, nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /**
     * The roles an appointment gives today (an STC term makes an STC expert), read from the view
     * {@code account_appointed_role} over the groups' terms. Eager, so a role check never waits on a lazy
     * load; never written: nothing here adds to it, and the view refuses writes.
     */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_appointed_role", joinColumns = @JoinColumn(name = "account_id", insertable = false, updatable = false))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20, insertable = false, updatable = false)
    private Set<Role> appointedRoles = EnumSet.noneOf(Role.class);

    /** Mapped in META-INF/orm.xml: a many-to-one to membership's Organisation, lazily loaded. */
    private Affiliation organisation;

    @Column(name = "job_title", length = JOB_TITLE_LENGTH)
    private String jobTitle;

    @Column(name = "listed_in_directory", nullable = false)
    private boolean listedInDirectory;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    /** The IANA zone the person reads times in; null: UTC, which is right for nobody in particular but wrong for nobody either. */
    @Column(name = "time_zone", length = TIME_ZONE_LENGTH)
    private String timeZone;

    @Version
    private int version;

    protected Account() {
    }

    public Account(String email, String displayName, SupportedLocale locale, Set<Role> roles, Instant createdAt) {
        this.email = normaliseEmail(email);
        this.displayName = requireText(displayName, NAME_LENGTH, "account.error.name");
        this.locale = locale == null ? SupportedLocale.EN : locale;
        this.roles = givenByHand(roles);
        this.status = AccountStatus.INVITED;
        this.createdAt = createdAt;
    }

    /** Lower-cased, trimmed email; refuses what cannot be an address. */
    public static String normaliseEmail(String email) {
        String normalised = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        if (normalised.length() > EMAIL_LENGTH || !normalised.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new BusinessException("account.error.email");
        }
        return normalised;
    }

    private static String requireText(String value, int maxLength, String key) {
        if (value == null || value.isBlank() || value.trim().length() > maxLength) {
            throw new BusinessException(key, maxLength);
        }
        return value.trim();
    }

    /** Sets the first password of an invited account, or a new one after a reset; the account is then active. */
    public void setPassword(String newPasswordHash) {
        if (status == AccountStatus.DISABLED) {
            throw new BusinessException("account.error.disabled");
        }
        this.passwordHash = newPasswordHash;
        this.status = AccountStatus.ACTIVE;
    }

    public boolean canSignIn() {
        return status == AccountStatus.ACTIVE && passwordHash != null;
    }

    public void changeLocale(SupportedLocale newLocale) {
        this.locale = newLocale;
    }

    /** The zone the person reads times in; an empty choice goes back to UTC, an unknown id is refused. */
    public void changeTimeZone(String zoneId) {
        if (zoneId == null || zoneId.isBlank()) {
            this.timeZone = null;
            return;
        }
        String clean = zoneId.strip();
        try {
            if (clean.length() > TIME_ZONE_LENGTH) {
                throw new DateTimeException(clean);
            }
            ZoneId.of(clean);
        } catch (DateTimeException e) {
            throw new BusinessException("settings.timeZone.unknown");
        }
        this.timeZone = clean;
    }

    /** The zone chosen in the settings, or null when the person chose none. */
    public String getTimeZone() {
        return timeZone;
    }

    /** The zone to show this person's times in: their choice, UTC otherwise. */
    public ZoneId zone() {
        return ZoneId.of(timeZone == null ? "UTC" : timeZone);
    }

    public void rename(String newDisplayName) {
        this.displayName = requireText(newDisplayName, NAME_LENGTH, "account.error.name");
    }

    /** Replaces the platform roles. Returns whether anything changed, so callers audit only real changes. */
    public boolean replaceRoles(Set<Role> newRoles) {
        Set<Role> target = givenByHand(newRoles);
        if (target.equals(getRoles())) {
            return false;
        }
        roles.clear();
        roles.addAll(target);
        return true;
    }

    /** The roles one may give a person; an appointment's role (STC expert) is refused: a term gives it. */
    private static Set<Role> givenByHand(Set<Role> wanted) {
        Set<Role> target = wanted.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(wanted);
        if (target.stream().anyMatch(Role::isByAppointment)) {
            throw new BusinessException("account.error.roleByAppointment");
        }
        return target;
    }

    public void disable() {
        this.status = AccountStatus.DISABLED;
    }

    /** Re-enables a disabled account: active if it had a password, invited otherwise. */
    public void enable() {
        if (status == AccountStatus.DISABLED) {
            this.status = passwordHash == null ? AccountStatus.INVITED : AccountStatus.ACTIVE;
        }
    }

    public void joinOrganisation(Affiliation newOrganisation) {
        this.organisation = newOrganisation;
    }

    /**
     * Detaches this person from their organisation, with the Partner and Member roles it gave; an account
     * left with no role at all is disabled, since it would only open an empty workspace.
     */
    public void leaveOrganisation() {
        this.organisation = null;
        this.listedInDirectory = false;
        roles.removeAll(ORGANISATION_ROLES);
        if (roles.isEmpty() && appointedRoles.isEmpty()) {
            disable();
        }
    }

    /** What the person tells the other partners in the directory, and whether they appear there at all. */
    public void describeForDirectory(String newJobTitle, boolean listed) {
        String clean = newJobTitle == null || newJobTitle.isBlank() ? null : newJobTitle.strip();
        if (clean != null && clean.length() > JOB_TITLE_LENGTH) {
            throw new BusinessException("error.tooLong", JOB_TITLE_LENGTH);
        }
        this.jobTitle = clean;
        this.listedInDirectory = listed;
    }

    /**
     * The roles that count now. For a person who represents an organisation, Partner and Member follow
     * the organisation: Partner while it is active, Member while it is also a Member (whether it became
     * one by application, upgrade or registry import); nothing of the two while it is suspended or has
     * withdrawn. Other roles are the person's own. Sign-in and every request use these, so access
     * follows the organisation's status and level at once. An appointment's roles (a current STC term)
     * count whatever the organisation's status: the expert is appointed as a person.
     */
    public Set<Role> getEffectiveRoles() {
        Set<Role> effective = EnumSet.noneOf(Role.class);
        effective.addAll(getRoles());
        effective.addAll(appointedRoles);
        if (organisation == null) {
            return Collections.unmodifiableSet(effective);
        }
        effective.removeAll(ORGANISATION_ROLES);
        if (organisation.grantsAccess()) {
            effective.add(Role.PARTNER);
            if (organisation.grantsMembership()) {
                effective.add(Role.MEMBER);
            }
        }
        return Collections.unmodifiableSet(effective);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public SupportedLocale getLocale() {
        return locale;
    }

    /** The roles as stored (what administrators edit); see {@link #getEffectiveRoles()} for what counts now. */
    public Set<Role> getRoles() {
        // A row of the role once given by hand may remain until the release after V20 removes it (migrations
        // expand first, docs/operations.md): it gives nothing; only an appointment does.
        if (roles.stream().anyMatch(Role::isByAppointment)) {
            Set<Role> own = EnumSet.copyOf(roles);
            own.removeIf(Role::isByAppointment);
            return Collections.unmodifiableSet(own);
        }
        return Collections.unmodifiableSet(roles);
    }

    /** The roles today's appointments give (see {@code account_appointed_role}). */
    public Set<Role> getAppointedRoles() {
        return Collections.unmodifiableSet(appointedRoles);
    }

    /** Whether the person has this role now (see {@link #getEffectiveRoles()}). */
    public boolean hasRole(Role role) {
        return getEffectiveRoles().contains(role);
    }

    public Affiliation getOrganisation() {
        return organisation;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public boolean isListedInDirectory() {
        return listedInDirectory;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Account that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(id);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public int getVersion() {
        return version;
    }
}
