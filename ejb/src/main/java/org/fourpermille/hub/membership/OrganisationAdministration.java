package org.fourpermille.hub.membership;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.fourpermille.hub.config.Setting;
import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.identity.AccountRepository;
import org.fourpermille.hub.identity.CallerAccount;
import org.fourpermille.hub.shared.AuditAction;
import org.fourpermille.hub.shared.AuditLog;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.Clock;
import org.fourpermille.hub.shared.ConcurrentChange;
import org.fourpermille.hub.shared.NotFoundException;
import org.fourpermille.hub.shared.Role;
import org.fourpermille.hub.shared.mail.MailTemplate;
import org.fourpermille.hub.shared.mail.Mailer;

/**
 * The secretariat's hold on organisations that joined: suspending and reinstating them with a reason
 * (their representatives' access follows at once and they are told by mail), and deciding the changes
 * of name or type that representatives propose.
 */
@Stateless
@RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
public class OrganisationAdministration {

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

    public Organisation suspend(long organisationId, int expectedVersion, String reason) {
        Organisation organisation = current(organisationId, expectedVersion);
        OrganisationEvent event = organisation.suspend(actor(), reason, clock.now());
        em.persist(event);
        ConcurrentChange.flush(em);
        tell(organisation, MailTemplate.ORGANISATION_SUSPENDED, event.getNote());
        audit.record(AuditAction.ORGANISATION_SUSPENDED, organisation.getName(), event.getNote());
        return organisation;
    }

    public Organisation reinstate(long organisationId, int expectedVersion, String reason) {
        Organisation organisation = current(organisationId, expectedVersion);
        OrganisationEvent event = organisation.reinstate(actor(), reason, clock.now());
        em.persist(event);
        ConcurrentChange.flush(em);
        tell(organisation, MailTemplate.ORGANISATION_REINSTATED, event.getNote(), Setting.BASE_URL.lookup());
        audit.record(AuditAction.ORGANISATION_REINSTATED, organisation.getName(), event.getNote());
        return organisation;
    }

    /** Changes of name or type waiting for a decision, oldest first. */
    public List<OrganisationChange> pendingChanges() {
        return em.createNamedQuery(OrganisationChange.ALL_PENDING, OrganisationChange.class).getResultList();
    }

    /** One proposed change, decided or not. */
    public OrganisationChange change(long changeId) {
        OrganisationChange change = em.find(OrganisationChange.class, changeId);
        if (change == null) {
            throw new NotFoundException();
        }
        change.getOrganisation().getName();
        return change;
    }

    public OrganisationChange approveChange(long changeId, int expectedVersion, String note) {
        OrganisationChange change = change(changeId, expectedVersion);
        em.persist(change.approve(actor(), note, clock.now()));
        ConcurrentChange.flush(em);
        tellRequester(change, MailTemplate.ORGANISATION_CHANGE_APPROVED);
        audit.record(AuditAction.ORGANISATION_CHANGE_APPROVED, change.getOrganisation().getName(), change.describe());
        return change;
    }

    public OrganisationChange rejectChange(long changeId, int expectedVersion, String reason) {
        OrganisationChange change = change(changeId, expectedVersion);
        em.persist(change.reject(actor(), reason, clock.now()));
        ConcurrentChange.flush(em);
        tellRequester(change, MailTemplate.ORGANISATION_CHANGE_REJECTED, change.getDecisionNote());
        audit.record(AuditAction.ORGANISATION_CHANGE_REJECTED, change.getOrganisation().getName(),
                change.describe() + ": " + change.getDecisionNote());
        return change;
    }

    private void tell(Organisation organisation, MailTemplate template, Object... details) {
        for (Account person : accounts.ofOrganisation(organisation)) {
            if (person.canSignIn()) {
                Object[] arguments = new Object[details.length + 2];
                arguments[0] = person.getDisplayName();
                arguments[1] = organisation.getName();
                System.arraycopy(details, 0, arguments, 2, details.length);
                mailer.send(person.getEmail(), person.getLocale(), template, arguments);
            }
        }
    }

    private void tellRequester(OrganisationChange change, MailTemplate template, Object... details) {
        accounts.findByEmail(change.getRequestedBy()).filter(Account::canSignIn).ifPresent(person -> {
            Object[] arguments = new Object[details.length + 3];
            arguments[0] = person.getDisplayName();
            arguments[1] = change.getOrganisation().getName();
            arguments[2] = change.describe();
            System.arraycopy(details, 0, arguments, 3, details.length);
            mailer.send(person.getEmail(), person.getLocale(), template, arguments);
        });
    }

    private Organisation current(long organisationId, int expectedVersion) {
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation == null) {
            throw new NotFoundException();
        }
        if (organisation.getVersion() != expectedVersion) {
            throw new BusinessException("error.concurrentChange");
        }
        return organisation;
    }

    private OrganisationChange change(long changeId, int expectedVersion) {
        OrganisationChange change = change(changeId);
        if (change.getVersion() != expectedVersion) {
            throw new BusinessException("error.concurrentChange");
        }
        return change;
    }

    private String actor() {
        return caller.get().getEmail();
    }
}
