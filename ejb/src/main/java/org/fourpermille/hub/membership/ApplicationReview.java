package org.fourpermille.hub.membership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;

import org.fourpermille.hub.config.Setting;
import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.identity.AccountRepository;
import org.fourpermille.hub.identity.CallerAccount;
import org.fourpermille.hub.identity.Invitations;
import org.fourpermille.hub.shared.AuditAction;
import org.fourpermille.hub.shared.AuditLog;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.Clock;
import org.fourpermille.hub.shared.ConcurrentChange;
import org.fourpermille.hub.shared.LinkSecrets;
import org.fourpermille.hub.shared.NotFoundException;
import org.fourpermille.hub.shared.Role;
import org.fourpermille.hub.shared.UniqueViolation;
import org.fourpermille.hub.shared.mail.MailTemplate;
import org.fourpermille.hub.shared.mail.Mailer;

/**
 * The secretariat's work on applications: the queue, one application with its documents and history,
 * and the moves of the workflow. Each move takes the version the reviewer saw: when a colleague acted
 * in between, it is refused ("changed meanwhile") and the page shows the current state, so nothing is
 * overwritten silently. Approval creates the organisation and invites its two representatives.
 */
@Stateless
@RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
public class ApplicationReview {

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @Inject
    private Clock clock;
    @Inject
    private CallerAccount caller;
    @Inject
    private AuditLog audit;
    @Inject
    private Mailer mailer;
    @Inject
    private AccountRepository accounts;
    @Inject
    private Invitations invitations;

    public List<MembershipApplication> search(ApplicationFilter filter, int first, int pageSize) {
        TypedQuery<MembershipApplication> query = em.createQuery("SELECT a FROM MembershipApplication a" + filter.where()
                + " ORDER BY a.submittedAt, a.id", MembershipApplication.class);
        filter.bind(query, clock.now());
        return query.setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long count(ApplicationFilter filter) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(a) FROM MembershipApplication a" + filter.where(), Long.class);
        filter.bind(query, clock.now());
        return query.getSingleResult();
    }

    /** How many applications stand in each status (drafts excluded), every status present. */
    public Map<ApplicationStatus, Long> countsByStatus() {
        Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
        EnumSet.complementOf(EnumSet.of(ApplicationStatus.DRAFT)).forEach(s -> counts.put(s, 0L));
        em.createQuery("SELECT a.status, COUNT(a) FROM MembershipApplication a"
                        + " WHERE a.status <> org.fourpermille.hub.membership.ApplicationStatus.DRAFT GROUP BY a.status", Object[].class)
                .getResultList()
                .forEach(row -> counts.put((ApplicationStatus) row[0], (Long) row[1]));
        return new LinkedHashMap<>(counts);
    }

    /** One submitted application; drafts are the applicant's and stay invisible. */
    public MembershipApplication get(long applicationId) {
        MembershipApplication application = em.find(MembershipApplication.class, applicationId);
        if (application == null || application.getStatus() == ApplicationStatus.DRAFT) {
            throw new NotFoundException();
        }
        application.getDocuments().size();
        application.getHistory();
        return application;
    }

    /** A document of a submitted application, with its bytes, to view or download; each access is audited. */
    public ApplicationDocument document(long documentId) {
        ApplicationDocument document = em.find(ApplicationDocument.class, documentId);
        if (document == null || document.getApplication().getStatus() == ApplicationStatus.DRAFT) {
            throw new NotFoundException();
        }
        document.getFile().getContent();
        audit.record(AuditAction.APPLICATION_DOCUMENT_VIEWED, document.getApplication().getReference(), document.getFileName());
        return document;
    }

    public MembershipApplication requestInformation(long applicationId, int expectedVersion, String note) {
        MembershipApplication application = current(applicationId, expectedVersion);
        String key = LinkSecrets.newSecret();
        application.requestInformation(actor(), note, LinkSecrets.hash(key), clock.now());
        ConcurrentChange.flush(em);
        mailer.send(application.getApplicantEmail(), application.getLanguage(), MailTemplate.APPLICATION_INFO_REQUESTED,
                application.getApplicantName(), application.getOrganisationName(), application.getReference(),
                application.getInfoRequest(), ApplicationDesk.link(key));
        audit.record(AuditAction.APPLICATION_INFO_REQUESTED, application.getReference(), application.getInfoRequest());
        return application;
    }

    public MembershipApplication recommend(long applicationId, int expectedVersion, boolean signatureChecked, String note) {
        MembershipApplication application = current(applicationId, expectedVersion);
        application.recommend(actor(), signatureChecked, note, clock.now());
        ConcurrentChange.flush(em);
        audit.record(AuditAction.APPLICATION_RECOMMENDED, application.getReference(), note);
        return application;
    }

    /**
     * Records the approval and makes it real: the organisation with its level, date and deciding body;
     * the applicant and the signatory invited (or, if they already have an account, attached) with the
     * roles of the level, which place them in their College, the Funders group and the Consortium.
     */
    public MembershipApplication approve(long applicationId, int expectedVersion, boolean signatureChecked,
                                         DecidingBody body, LocalDate decidedOn, String note) {
        MembershipApplication application = current(applicationId, expectedVersion);
        application.approve(actor(), signatureChecked, body, decidedOn, note, clock.now());
        audit.record(AuditAction.APPLICATION_APPROVED, application.getReference(),
                application.getOrganisationName() + " " + application.getLevel() + " " + body + " " + decidedOn);
        if (application.isUpgrade()) {
            upgrade(application, body, decidedOn);
            return application;
        }
        Organisation organisation = Organisation.fromApprovedApplication(application);
        em.persist(organisation);
        application.linkOrganisation(organisation);
        ConcurrentChange.flush(em);
        em.persist(organisation.event(OrganisationEventType.JOINED, clock.now(), actor(), application.getLevel().name(),
                application.getReference() + " " + body + " " + decidedOn));
        audit.record(AuditAction.ORGANISATION_CREATED, application.getOrganisationName(), application.getReference());
        for (Representative person : representatives(application)) {
            welcome(person, organisation, application);
        }
        accounts.findByEmail(application.getApplicantEmail()).filter(organisation::represents)
                .ifPresent(organisation::appointMainContact);
        return application;
    }

    /** A Partner becomes a Member: the level changes and every representative gains the Consortium. */
    private void upgrade(MembershipApplication application, DecidingBody body, LocalDate decidedOn) {
        Organisation organisation = application.getOrganisation();
        em.persist(organisation.upgradeToMember(body, decidedOn, actor(), application.getReference(), clock.now()));
        ConcurrentChange.flush(em);
        for (Account person : accounts.ofOrganisation(organisation)) {
            Set<Role> roles = EnumSet.of(Role.MEMBER);
            roles.addAll(person.getRoles());
            if (person.replaceRoles(roles)) {
                audit.record(AuditAction.ROLES_CHANGED, person.getEmail(), organisation.getName() + " roles " + roles);
            }
            if (person.canSignIn()) {
                mailer.send(person.getEmail(), person.getLocale(), MailTemplate.MEMBERSHIP_UPGRADED, person.getDisplayName(),
                        organisation.getName(), application.getReference(), Setting.BASE_URL.lookup());
            }
        }
        audit.record(AuditAction.ORGANISATION_UPGRADED, organisation.getName(), application.getReference());
    }

    public MembershipApplication reject(long applicationId, int expectedVersion, DecidingBody body, LocalDate decidedOn,
                                        String reason) {
        MembershipApplication application = current(applicationId, expectedVersion);
        application.reject(actor(), body, decidedOn, reason, clock.now());
        ConcurrentChange.flush(em);
        mailer.send(application.getApplicantEmail(), application.getLanguage(), MailTemplate.APPLICATION_REJECTED,
                application.getApplicantName(), application.getOrganisationName(), application.getReference(),
                application.getDecisionReason());
        audit.record(AuditAction.APPLICATION_REJECTED, application.getReference(), body + " " + decidedOn + ": " + reason);
        return application;
    }

    public MembershipApplication reopen(long applicationId, int expectedVersion, String note) {
        MembershipApplication application = current(applicationId, expectedVersion);
        application.reopen(actor(), note, clock.now());
        try {
            ConcurrentChange.flush(em);
        } catch (PersistenceException e) {
            if (UniqueViolation.causedBy(e, "membership_application_open_")) {
                throw new BusinessException("application.error.duplicateOnReopen");
            }
            throw e;
        }
        audit.record(AuditAction.APPLICATION_REOPENED, application.getReference(), note);
        return application;
    }

    private record Representative(String email, String name) {
    }

    private static List<Representative> representatives(MembershipApplication application) {
        List<Representative> people = new ArrayList<>();
        people.add(new Representative(application.getApplicantEmail(), application.getApplicantName()));
        if (!application.getSignatoryEmail().equals(application.getApplicantEmail())) {
            people.add(new Representative(application.getSignatoryEmail(), application.getSignatoryName()));
        }
        return people;
    }

    private void welcome(Representative person, Organisation organisation, MembershipApplication application) {
        Set<Role> roles = application.getLevel() == MembershipLevel.MEMBER
                ? EnumSet.of(Role.PARTNER, Role.MEMBER) : EnumSet.of(Role.PARTNER);
        String level = mailer.phrase(application.getLanguage(), "level." + application.getLevel().name());
        Account existing = accounts.findByEmail(person.email()).orElse(null);
        if (existing == null) {
            Account account = invitations.invite(person.email(), person.name(), application.getLanguage(), roles, organisation,
                    MailTemplate.MEMBERSHIP_APPROVED, (invitee, link, validDays) -> new Object[] {invitee.getDisplayName(),
                            organisation.getName(), level, link, validDays});
            audit.record(AuditAction.ACCOUNT_INVITED, account.getEmail(), organisation.getName() + " roles " + roles);
        } else if (existing.getOrganisation() == null || existing.getOrganisation().equals(organisation)) {
            existing.joinOrganisation(organisation);
            Set<Role> merged = EnumSet.copyOf(roles);
            merged.addAll(existing.getRoles());
            existing.replaceRoles(merged);
            mailer.send(existing.getEmail(), existing.getLocale(), MailTemplate.MEMBERSHIP_APPROVED_EXISTING,
                    existing.getDisplayName(), organisation.getName(), level, Setting.BASE_URL.lookup());
            audit.record(AuditAction.ROLES_CHANGED, existing.getEmail(), organisation.getName() + " roles " + merged);
        } else {
            // Someone who already represents another organisation is not moved silently; the history says so.
            audit.record(AuditAction.ORGANISATION_CREATED, organisation.getName(),
                    person.email() + " already represents " + existing.getOrganisation().getName() + ": not attached");
        }
    }

    private MembershipApplication current(long applicationId, int expectedVersion) {
        MembershipApplication application = get(applicationId);
        if (application.getVersion() != expectedVersion) {
            throw new BusinessException("error.concurrentChange");
        }
        return application;
    }

    private String actor() {
        return caller.get().getEmail();
    }
}
