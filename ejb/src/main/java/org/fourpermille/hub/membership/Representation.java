package org.fourpermille.hub.membership;

import org.fourpermille.hub.shared.WorkWaits;
import org.fourpermille.hub.shared.WorkKind;
import jakarta.enterprise.event.Event;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.fourpermille.hub.identity.LinkTokens;
import org.fourpermille.hub.shared.AuditAction;
import org.fourpermille.hub.shared.AuditLog;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.Clock;
import org.fourpermille.hub.shared.ConcurrentChange;
import org.fourpermille.hub.shared.FileContent;
import org.fourpermille.hub.shared.LinkSecrets;
import org.fourpermille.hub.shared.Role;
import org.fourpermille.hub.shared.StoredFile;
import org.fourpermille.hub.shared.SupportedLocale;
import org.fourpermille.hub.shared.UniqueViolation;
import org.fourpermille.hub.shared.mail.MailTemplate;
import org.fourpermille.hub.shared.mail.Mailer;

/**
 * An organisation's life after it joined, as its representatives live it: the profile they edit, the
 * colleagues the main contact removes or hands the role to (inviting them is {@link ColleagueInvitations}'), changes of name or type proposed
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
    private OrganisationAccess access;
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
        List<ColleagueInvitation> sent = ColleagueInvitations.sent(em, organisation);
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
        ColleagueInvitations.invitationOf(em, organisation, person.getEmail()).ifPresent(em::remove);
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

    // ---- who may touch what (OrganisationAccess, shared with ColleagueInvitations) ----

    private Organisation readable(long organisationId) {
        return access.readable(caller.get(), organisationId);
    }

    private Organisation readable(Account me, long organisationId) {
        return access.readable(me, organisationId);
    }

    private Organisation readableForChange(long organisationId) {
        Organisation organisation = readable(organisationId);
        requireActive(organisation);
        return organisation;
    }

    private Organisation managed(long organisationId) {
        return access.managed(organisationId);
    }

    private static void requireActive(Organisation organisation) {
        OrganisationAccess.requireActive(organisation);
    }

    private static boolean isStaff(Account account) {
        return OrganisationAccess.isStaff(account);
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
