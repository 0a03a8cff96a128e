package org.fourpermille.hub.membership;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
import org.fourpermille.hub.shared.Role;
import org.fourpermille.hub.shared.SupportedLocale;
import org.fourpermille.hub.shared.UniqueViolation;
import org.fourpermille.hub.shared.mail.MailTemplate;
import org.fourpermille.hub.shared.mail.Mailer;

/**
 * The colleagues a main contact (or the secretariat) invites to represent the organisation, and the
 * invitations they withdraw; the organisation's page lists those not accepted yet ({@link #sent}).
 */
@Stateless
@RolesAllowed({Role.PARTNER_NAME, Role.MEMBER_NAME, Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
public class ColleagueInvitations {

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
    private LinkTokens tokens;
    @Inject
    private Invitations invitations;
    @Inject
    private OrganisationAccess access;

    /** Every invitation the organisation sent, whatever its state (the page filters what it lists). */
    static List<ColleagueInvitation> sent(EntityManager em, Organisation organisation) {
        return em.createNamedQuery(ColleagueInvitation.OF_ORGANISATION, ColleagueInvitation.class)
                .setParameter("organisation", organisation).getResultList();
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
        Organisation organisation = access.managed(organisationId);
        OrganisationAccess.requireActive(organisation);
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
        Optional<ColleagueInvitation> earlier = invitationOf(em, organisation, email);
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
        Organisation organisation = access.managed(organisationId);
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

    /** The invitation of this address by this organisation, in whatever state. */
    static Optional<ColleagueInvitation> invitationOf(EntityManager em, Organisation organisation, String email) {
        return em.createNamedQuery(ColleagueInvitation.OF_ADDRESS, ColleagueInvitation.class)
                .setParameter("organisation", organisation).setParameter("email", email)
                .getResultStream().findFirst();
    }
}
