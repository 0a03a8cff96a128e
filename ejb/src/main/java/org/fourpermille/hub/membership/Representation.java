package org.fourpermille.hub.membership;

import org.fourpermille.hub.shared.WorkWaits;
import org.fourpermille.hub.shared.WorkKind;
import jakarta.enterprise.event.Event;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.fourpermille.hub.config.Setting;
import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.identity.AccountRepository;
import org.fourpermille.hub.identity.AccountStatus;
import org.fourpermille.hub.identity.CallerAccount;
import org.fourpermille.hub.identity.Invitations;
import org.fourpermille.hub.identity.LinkTokens;
import org.fourpermille.hub.shared.AuditAction;
import org.fourpermille.hub.shared.AuditLog;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.Clock;
import org.fourpermille.hub.shared.ConcurrentChange;
import org.fourpermille.hub.shared.FileContent;
import org.fourpermille.hub.shared.LinkSecrets;
import org.fourpermille.hub.shared.NotFoundException;
import org.fourpermille.hub.shared.Role;
import org.fourpermille.hub.shared.StoredFile;
import org.fourpermille.hub.shared.SupportedLocale;
import org.fourpermille.hub.shared.UniqueViolation;
import org.fourpermille.hub.shared.mail.MailTemplate;
import org.fourpermille.hub.shared.mail.Mailer;

/**
 * An organisation's life after it joined, as its representatives live it: the profile they edit, the
 * colleagues the main contact invites, removes or hands the role to, changes of name or type proposed
 * to the secretariat, the upgrade to Member, the withdrawal, and the timeline. Every method checks that
 * the caller represents that organisation (or is secretariat staff); some moves need the main contact.
 * An organisation that is not theirs is "not found", so ids reveal nothing.
 */
@Stateless
@RolesAllowed({Role.PARTNER_NAME, Role.MEMBER_NAME, Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
public class Representation {

    public static final String ORGANISATION_PAGE = "/organisation/profile.xhtml?id=";
    /** Where the secretariat decides proposed changes. */
    public static final String CHANGES_PAGE = "/secretariat/changes.xhtml";

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @Inject
    private Clock clock;
    @Inject
    private CallerAccount caller;
    @Inject
    private AccountRepository accounts;
    @Inject
    private AuditLog audit;
    @Inject
    private Mailer mailer;
    @Inject
    private Event<WorkWaits> work;
    @Inject
    private LinkTokens tokens;
    @Inject
    private Invitations invitations;
    @Inject
    private FileContent fileContent;

    /**
     * An organisation's page: the caller's own organisation when no id is given, otherwise one they
     * represent (or any, for the secretariat).
     */
    public OrganisationPage view(Long organisationId) {
        Account me = caller.get();
        Long target = organisationId != null ? organisationId
                : me.getOrganisation() == null ? null : me.getOrganisation().getId();
        if (target == null) {
            throw new BusinessException("organisation.error.none");
        }
        Organisation organisation = readable(me, target);
        boolean manager = isStaff(me) || organisation.isMainContact(me);
        List<ColleagueInvitation> sent = em.createNamedQuery(ColleagueInvitation.OF_ORGANISATION, ColleagueInvitation.class)
                .setParameter("organisation", organisation).getResultList();
        Set<String> invited = sent.stream().map(ColleagueInvitation::getEmail).collect(Collectors.toSet());
        // A colleague who has not accepted yet is listed among the invitations (as an address with an account
        // elsewhere is), not among the people; one who joined is listed among the people only.
        List<Account> people = new ArrayList<>(accounts.ofOrganisation(organisation).stream()
                .filter(a -> a.getStatus() != AccountStatus.INVITED || organisation.isMainContact(a) || !invited.contains(a.getEmail()))
                .toList());
        people.sort(Comparator.comparing((Account a) -> !organisation.isMainContact(a)));
        Set<String> joined = people.stream().map(Account::getEmail).collect(Collectors.toSet());
        List<ColleagueInvitation> waiting = manager
                ? sent.stream().filter(i -> i.isListed() && !joined.contains(i.getEmail())).toList() : List.of();
        return new OrganisationPage(organisation, me, people, waiting, timelineOf(organisation), pendingChangeOf(organisation).orElse(null),
                openUpgradeOf(organisation).orElse(null), manager, isStaff(me));
    }

    /**
     * The main contact invites a colleague: an account attached to the organisation, with its roles,
     * that gives access once the colleague accepts by choosing a password. An address that already has an
     * account elsewhere gets the same answer, the same line among the invitations sent, the same timeline and
     * audit entries, and its owner a mail saying they were invited and already have an account: neither the
     * form nor the page tells whether an address is registered. An address invited before whose link has
     * lapsed is invited again; one whose invitation still runs is refused, as the page lists it.
     *
     * @return the invited account, or empty when the address already had one elsewhere
     */
    public Optional<Account> invite(long organisationId, String email, String name, SupportedLocale language) {
        Organisation organisation = managed(organisationId);
        requireActive(organisation);
        Account inviter = caller.get();
        String normalised = Account.normaliseEmail(email);
        Optional<Account> existing = accounts.findByEmail(normalised);
        boolean invitedHere = existing.isPresent() && organisation.represents(existing.get())
                && existing.get().getStatus() == AccountStatus.INVITED;
        if (existing.isPresent() && organisation.represents(existing.get()) && !invitedHere) {
            // Already in the organisation's list of people, which the main contact sees: nothing is revealed.
            throw new BusinessException("representative.error.alreadyRepresents");
        }
        recordInvitation(organisation, normalised, inviter);
        Optional<Account> result;
        if (existing.isEmpty()) {
            Set<Role> roles = organisation.getLevel() == MembershipLevel.MEMBER
                    ? EnumSet.of(Role.PARTNER, Role.MEMBER) : EnumSet.of(Role.PARTNER);
            result = Optional.of(invitations.invite(normalised, name, language, roles, organisation,
                    MailTemplate.REPRESENTATIVE_INVITED, colleagueLetter(inviter, organisation)));
        } else if (invitedHere) {
            result = Optional.of(invitations.reissue(existing.get(), MailTemplate.REPRESENTATIVE_INVITED,
                    colleagueLetter(inviter, organisation)));
        } else {
            Account known = existing.get();
            mailer.send(known.getEmail(), known.getLocale(), MailTemplate.REPRESENTATIVE_INVITED_HAS_ACCOUNT,
                    known.getDisplayName(), inviter.getDisplayName(), organisation.getName(),
                    Setting.BASE_URL.lookup() + "/login.xhtml", Setting.BASE_URL.lookup() + "/password/forgot.xhtml");
            result = Optional.empty();
        }
        em.persist(organisation.event(OrganisationEventType.PERSON_INVITED, clock.now(), inviter.getEmail(), normalised, null));
        audit.record(AuditAction.REPRESENTATIVE_INVITED, normalised, organisation.getName());
        return result;
    }

    /** One line per invited address and organisation; two clicks on "invite" make one (a unique index holds it). */
    private void recordInvitation(Organisation organisation, String email, Account inviter) {
        Instant now = clock.now();
        Instant until = now.plus(Setting.INVITATION_VALIDITY.lookupDuration());
        Optional<ColleagueInvitation> earlier = invitationOf(organisation, email);
        if (earlier.isPresent() && earlier.get().isOpen(now)) {
            throw new BusinessException("representative.error.alreadyInvited", email);
        }
        earlier.ifPresentOrElse(row -> row.renew(inviter.getEmail(), now, until),
                () -> em.persist(new ColleagueInvitation(organisation, email, inviter.getEmail(), now, until)));
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueViolation.causedBy(e, "colleague_invitation_address_idx")) {
                throw new BusinessException("representative.error.alreadyInvited", email);
            }
            throw e;
        }
    }

    private static Invitations.Letter colleagueLetter(Account inviter, Organisation organisation) {
        return (invitee, link, validDays) -> new Object[] {invitee.getDisplayName(), inviter.getDisplayName(),
                organisation.getName(), link, validDays};
    }

    /**
     * The main contact withdraws an invitation: its line goes and, when the address got a link to join, that
     * link stops working. The answer is the same for an address with an account elsewhere; a second
     * withdrawal (from another tab) is told the invitation is no longer there.
     */
    public void withdrawInvitation(long organisationId, long invitationId) {
        Organisation organisation = managed(organisationId);
        ColleagueInvitation invitation = em.find(ColleagueInvitation.class, invitationId);
        if (invitation == null || !organisation.getId().equals(invitation.getOrganisation().getId())
                || !invitation.withdraw(clock.now())) {
            throw new BusinessException("representative.error.invitationGone");
        }
        accounts.findByEmail(invitation.getEmail())
                .filter(a -> organisation.represents(a) && a.getStatus() == AccountStatus.INVITED)
                .ifPresent(a -> tokens.revokeAll(a, clock.now()));
        audit.record(AuditAction.REPRESENTATIVE_INVITATION_WITHDRAWN, invitation.getEmail(), organisation.getName());
    }

    private Optional<ColleagueInvitation> invitationOf(Organisation organisation, String email) {
        return em.createNamedQuery(ColleagueInvitation.OF_ADDRESS, ColleagueInvitation.class)
                .setParameter("organisation", organisation).setParameter("email", email)
                .getResultStream().findFirst();
    }

    /** The main contact (or the secretariat) removes a colleague, whose access ends at once. */
    public void remove(long organisationId, long accountId) {
        Organisation organisation = managed(organisationId);
        Account person = accounts.findById(accountId).filter(organisation::represents)
                .orElseThrow(() -> new BusinessException("organisation.error.notARepresentative"));
        if (organisation.isMainContact(person)) {
            throw new BusinessException("representative.error.removeMainContact");
        }
        person.leaveOrganisation();
        tokens.revokeAll(person, clock.now());
        invitationOf(organisation, person.getEmail()).ifPresent(em::remove);
        em.persist(organisation.event(OrganisationEventType.PERSON_REMOVED, clock.now(), actor(), person.getEmail(), null));
        audit.record(AuditAction.REPRESENTATIVE_REMOVED, person.getEmail(), organisation.getName());
    }

    /** Hands the main-contact role to another active representative, who is told by mail. */
    public Organisation handOver(long organisationId, int expectedVersion, long successorId) {
        Organisation organisation = current(managed(organisationId), expectedVersion);
        Account previous = organisation.getMainContact();
        Account successor = accounts.findById(successorId).orElse(null);
        em.persist(organisation.handOverMainContact(successor, actor(), clock.now()));
        ConcurrentChange.flush(em);
        mailer.send(successor.getEmail(), successor.getLocale(), MailTemplate.MAIN_CONTACT_HANDED_OVER,
                successor.getDisplayName(), organisation.getName(),
                previous == null ? caller.get().getDisplayName() : previous.getDisplayName(), profileLink(organisation));
        audit.record(AuditAction.MAIN_CONTACT_CHANGED, organisation.getName(), successor.getEmail());
        return organisation;
    }

    /** Acronym, website and description: any representative changes them at once. */
    public Organisation editProfile(long organisationId, int expectedVersion, String acronym, String website,
                                    String description) {
        Organisation organisation = current(readableForChange(organisationId), expectedVersion);
        organisation.editProfile(acronym, website, description, actor(), clock.now()).ifPresent(event -> {
            em.persist(event);
            audit.record(AuditAction.ORGANISATION_PROFILE_EDITED, organisation.getName(), event.getSubject());
        });
        ConcurrentChange.flush(em);
        return organisation;
    }

    /** A new logo, checked by its content like an application's. */
    public Organisation replaceLogo(long organisationId, String fileName, byte[] content) {
        Organisation organisation = readableForChange(organisationId);
        String mediaType = fileContent.inspect(fileName, content);
        if (!DocumentKind.LOGO.accepts(mediaType)) {
            throw new BusinessException("file.error.notImage", fileName);
        }
        StoredFile file = fileContent.store(content, mediaType);
        em.persist(organisation.replaceLogo(file, actor(), clock.now()));
        audit.record(AuditAction.ORGANISATION_PROFILE_EDITED, organisation.getName(), "logo");
        return organisation;
    }

    /** Proposes a new name or type; the secretariat decides. One proposal waits at a time. */
    public OrganisationChange proposeChange(long organisationId, String name, OrganisationType type, String reason) {
        Organisation organisation = readableForChange(organisationId);
        if (pendingChangeOf(organisation).isPresent()) {
            throw new BusinessException("organisation.error.changePending");
        }
        OrganisationChange change = new OrganisationChange(organisation, name, type, reason, actor(), clock.now());
        em.persist(change);
        em.persist(change.requested());
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueViolation.causedBy(e, "organisation_change_pending_idx")) {
                throw new BusinessException("organisation.error.changePending");
            }
            throw e;
        }
        work.fire(WorkWaits.forSecretariat(WorkKind.CHANGE_PROPOSED, language -> organisation.getName(), CHANGES_PAGE));
        audit.record(AuditAction.ORGANISATION_CHANGE_REQUESTED, organisation.getName(), change.describe());
        return change;
    }

    private Optional<OrganisationChange> pendingChangeOf(Organisation organisation) {
        return em.createNamedQuery(OrganisationChange.PENDING_OF, OrganisationChange.class)
                .setParameter("organisation", organisation)
                .getResultStream().findFirst();
    }

    /**
     * The main contact starts the organisation's application to become a Member and gets the key of its
     * draft; the draft is then completed (governance declaration) and submitted like any application.
     */
    public String startUpgrade(long organisationId, ApplicationForm people, SupportedLocale language) {
        Organisation organisation = managed(organisationId);
        if (openUpgradeOf(organisation).isPresent()) {
            throw new BusinessException("organisation.error.upgradePending");
        }
        String key = LinkSecrets.newSecret();
        MembershipApplication application = MembershipApplication.upgrade(organisation, people, language,
                LinkSecrets.hash(key), clock.now());
        em.persist(application);
        em.persist(organisation.event(OrganisationEventType.UPGRADE_REQUESTED, clock.now(), actor(), null, null));
        mailer.send(application.getApplicantEmail(), application.getLanguage(), MailTemplate.APPLICATION_LINK,
                application.getApplicantName(), application.getOrganisationName(), ApplicationDesk.link(key),
                Setting.APPLICATION_LINK_VALIDITY.lookupDuration().toDays());
        audit.record(AuditAction.APPLICATION_STARTED, organisation.getName(), "upgrade to Member");
        return key;
    }

    /** The organisation's upgrade application that is not yet decided, if any. */
    private Optional<MembershipApplication> openUpgradeOf(Organisation organisation) {
        return em.createQuery("SELECT a FROM MembershipApplication a WHERE a.organisation = :organisation"
                        + " AND a.purpose = org.fourpermille.hub.membership.ApplicationPurpose.UPGRADE"
                        + " AND a.status NOT IN (org.fourpermille.hub.membership.ApplicationStatus.APPROVED,"
                        + " org.fourpermille.hub.membership.ApplicationStatus.REJECTED)", MembershipApplication.class)
                .setParameter("organisation", organisation)
                .getResultStream().findFirst();
    }

    /**
     * The main contact records that the organisation leaves the Initiative. Its representatives lose
     * their access at once and are told by mail.
     */
    public Organisation withdraw(long organisationId, int expectedVersion, String reason) {
        Organisation organisation = current(managed(organisationId), expectedVersion);
        OrganisationEvent event = organisation.withdraw(actor(), reason, clock.now());
        em.persist(event);
        ConcurrentChange.flush(em);
        Account me = caller.get();
        for (Account person : accounts.ofOrganisation(organisation)) {
            if (person.canSignIn()) {
                mailer.send(person.getEmail(), person.getLocale(), MailTemplate.ORGANISATION_WITHDRAWN,
                        person.getDisplayName(), organisation.getName(), me.getDisplayName(),
                        event.getNote() == null ? "—" : event.getNote());
            }
        }
        audit.record(AuditAction.ORGANISATION_WITHDRAWN, organisation.getName(), event.getNote());
        return organisation;
    }

    /** The caller's own line in the directory: their function and whether they appear at all. */
    public Account describeMe(String jobTitle, boolean listed) {
        Account me = caller.get();
        me.describeForDirectory(jobTitle, listed);
        return me;
    }

    /** What happened to the organisation, newest first: its applications' steps and its own. */
    private List<TimelineEntry> timelineOf(Organisation organisation) {
        List<TimelineEntry> entries = new ArrayList<>();
        em.createNamedQuery(OrganisationEvent.OF_ORGANISATION, OrganisationEvent.class)
                .setParameter("organisation", organisation)
                .getResultStream().map(TimelineEntry::of).forEach(entries::add);
        em.createQuery("SELECT e FROM ApplicationEvent e WHERE e.application.organisation = :organisation", ApplicationEvent.class)
                .setParameter("organisation", organisation)
                .getResultStream()
                .filter(e -> e.getAction() != ApplicationEventType.DOCUMENT_ADDED && e.getAction() != ApplicationEventType.DOCUMENT_REMOVED)
                .map(TimelineEntry::of).forEach(entries::add);
        entries.sort(Comparator.comparing(TimelineEntry::occurredAt).reversed());
        return entries;
    }

    static String profileLink(Organisation organisation) {
        return Setting.BASE_URL.lookup() + ORGANISATION_PAGE + organisation.getId();
    }

    // ---- who may touch what ----

    private Organisation readable(long organisationId) {
        return readable(caller.get(), organisationId);
    }

    private Organisation readable(Account me, long organisationId) {
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation == null || !(isStaff(me) || organisation.represents(me))) {
            throw new NotFoundException();
        }
        return organisation;
    }

    private Organisation readableForChange(long organisationId) {
        Organisation organisation = readable(organisationId);
        requireActive(organisation);
        return organisation;
    }

    private Organisation managed(long organisationId) {
        Account me = caller.get();
        Organisation organisation = readable(organisationId);
        if (!isStaff(me) && !organisation.isMainContact(me)) {
            throw new BusinessException("organisation.error.mainContactOnly");
        }
        return organisation;
    }

    private static void requireActive(Organisation organisation) {
        if (organisation.getStatus() != OrganisationStatus.ACTIVE) {
            throw new BusinessException("organisation.error.status." + organisation.getStatus().name());
        }
    }

    private static boolean isStaff(Account account) {
        return account.hasRole(Role.SECRETARIAT) || account.hasRole(Role.ADMIN);
    }

    private static Organisation current(Organisation organisation, int expectedVersion) {
        if (organisation.getVersion() != expectedVersion) {
            throw new BusinessException("error.concurrentChange");
        }
        return organisation;
    }

    private String actor() {
        return caller.get().getEmail();
    }
}
