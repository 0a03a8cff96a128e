package org.fourpermille.hub.membership;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.fourpermille.hub.identity.InvitationAccepted;

/** Writes "joined" in the organisation's timeline when one of its invited people accepts the invitation. */
@Stateless
public class RepresentativeJoining {

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    /** Part of the transaction that activates the account (the invitee is not signed in yet, hence PermitAll). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(@Observes InvitationAccepted accepted) {
        Organisation organisation = Organisation.of(accepted.account());
        if (organisation != null) {
            String email = accepted.account().getEmail();
            em.persist(organisation.event(OrganisationEventType.PERSON_JOINED, accepted.at(), email, email, null));
        }
    }
}
