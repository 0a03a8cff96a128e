package org.fourpermille.hub.groups;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.identity.CallerAccount;
import org.fourpermille.hub.shared.AuditAction;
import org.fourpermille.hub.shared.AuditLog;
import org.fourpermille.hub.shared.Clock;
import org.fourpermille.hub.shared.LinkSecrets;
import org.fourpermille.hub.shared.NotFoundException;
import org.fourpermille.hub.shared.Role;

/**
 * A person's calendar feed: the events they registered for, at a secret address their calendar
 * application reads without signing in. The address is shown once, when it is made; making a new one
 * stops the old one (a person who shared it by mistake resets it).
 *
 * <p>The feed is read with no caller, so it cannot ask {@link GroupAccess}: it applies the same rule
 * itself, keeping only the events of groups the feed's owner is in now ({@code group_member_effective}),
 * or all of them for staff, and nothing once the owner can no longer sign in.
 */
@Stateless
public class EventCalendar {

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @Inject
    private CallerAccount caller;
    @Inject
    private Clock clock;
    @Inject
    private AuditLog audit;

    /** Whether the caller has a feed address already (it cannot be shown again, only replaced). */
    @RolesAllowed({Role.PARTNER_NAME, Role.MEMBER_NAME, Role.SECRETARIAT_NAME, Role.STC_EXPERT_NAME, Role.ADMIN_NAME})
    public boolean hasFeed() {
        return feedOf(caller.get()) != null;
    }

    /** Makes the caller's feed address, or a new one in place of the old; returns the secret to put in it. */
    @RolesAllowed({Role.PARTNER_NAME, Role.MEMBER_NAME, Role.SECRETARIAT_NAME, Role.STC_EXPERT_NAME, Role.ADMIN_NAME})
    public String newFeed() {
        Account me = caller.get();
        String secret = LinkSecrets.newSecret();
        CalendarFeed feed = feedOf(me);
        if (feed == null) {
            em.persist(new CalendarFeed(me, LinkSecrets.hash(secret), clock.now()));
        } else {
            feed.replace(LinkSecrets.hash(secret), clock.now());
            audit.record(AuditAction.CALENDAR_FEED_RESET, me.getEmail(), null);
        }
        em.flush();
        return secret;
    }

    /**
     * The events of the feed whose secret is {@code token}: registered, not older than a year, in groups
     * the owner may read. Not found for an unknown or replaced secret, or an owner who cannot sign in.
     */
    @PermitAll
    public List<GroupEvent> feed(String token) {
        if (!LinkSecrets.isWellFormed(token)) {
            throw new NotFoundException();
        }
        CalendarFeed feed = em.createQuery("SELECT f FROM CalendarFeed f JOIN FETCH f.account WHERE f.tokenHash = :hash",
                        CalendarFeed.class)
                .setParameter("hash", LinkSecrets.hash(token)).getResultStream().findFirst()
                .orElseThrow(NotFoundException::new);
        Account owner = feed.getAccount();
        if (!owner.canSignIn()) {
            throw new NotFoundException();
        }
        boolean staff = GroupAccess.isStaff(owner);
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT e.id FROM group_event e"
                        + " JOIN event_registration r ON r.event_id = e.id AND r.account_id = ?1"
                        + " WHERE e.ends_at > ?2 AND (?3 OR EXISTS (SELECT 1 FROM group_member_effective m"
                        + "   WHERE m.group_id = e.group_id AND m.account_id = ?1))"
                        + " ORDER BY e.starts_at, e.id")
                .setParameter(1, owner.getId())
                .setParameter(2, java.sql.Timestamp.from(clock.now().minus(java.time.Duration.ofDays(365))))
                .setParameter(3, staff)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT e FROM GroupEvent e WHERE e.id IN :ids ORDER BY e.startsAt, e.id", GroupEvent.class)
                .setParameter("ids", ids.stream().map(Number::longValue).toList()).getResultList();
    }

    private CalendarFeed feedOf(Account account) {
        return em.createQuery("SELECT f FROM CalendarFeed f WHERE f.account = :account", CalendarFeed.class)
                .setParameter("account", account).getResultStream().findFirst().orElse(null);
    }
}
