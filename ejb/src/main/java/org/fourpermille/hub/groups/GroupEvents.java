package org.fourpermille.hub.groups;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.fourpermille.hub.config.Setting;
import org.fourpermille.hub.identity.Account;
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
 * The webinars and meetings of a group: its facilitators plan, change and cancel them; its members
 * register and unregister. Every method starts from the event's group and asks {@link GroupAccess}, so
 * an outsider gets "not found" for an event id exactly as for one that does not exist.
 *
 * <p>Seats: a registration locks the event's row ({@code SELECT ... FOR UPDATE}) before counting the
 * registrations, so two people asking for the last seat at the same moment are served one after the
 * other: the first gets it, the second is told the event is full.
 */
@Stateless
@RolesAllowed({Role.PARTNER_NAME, Role.MEMBER_NAME, Role.SECRETARIAT_NAME, Role.STC_EXPERT_NAME, Role.ADMIN_NAME})
public class GroupEvents {

    /** The most rows one call returns, whatever the page asks. */
    static final int MAX_PAGE = 100;

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @Inject
    private CallerAccount caller;
    @Inject
    private GroupAccess access;
    @Inject
    private GroupActivityLog activity;
    @Inject
    private AuditLog audit;
    @Inject
    private Clock clock;
    @Inject
    private Mailer mailer;

    /** The caller's pass to a group whose events they look at; not found for outsiders. */
    public GroupPass open(long groupId) {
        return access.read(groupId);
    }

    /** Events that have not ended yet, soonest first. */
    public EventList upcoming(long groupId, int first, int max) {
        GroupPass pass = access.read(groupId);
        return list(pass, "e.endsAt > :now", "e.startsAt, e.id", first, max);
    }

    /** Events that have ended, latest first. */
    public EventList past(long groupId, int first, int max) {
        GroupPass pass = access.read(groupId);
        return list(pass, "e.endsAt <= :now", "e.startsAt DESC, e.id DESC", first, max);
    }

    private EventList list(GroupPass pass, String when, String order, int first, int max) {
        Instant now = clock.now();
        long total = em.createQuery("SELECT COUNT(e) FROM GroupEvent e WHERE e.group = :group AND " + when, Long.class)
                .setParameter("group", pass.group()).setParameter("now", now).getSingleResult();
        List<GroupEvent> events = em.createQuery("SELECT e FROM GroupEvent e WHERE e.group = :group AND " + when
                        + " ORDER BY " + order, GroupEvent.class)
                .setParameter("group", pass.group()).setParameter("now", now)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, MAX_PAGE)))
                .getResultList();
        return new EventList(summaries(events, pass.account()), total);
    }

    /** One event, for its page and its calendar file. */
    public EventSummary event(long eventId) {
        GroupEvent event = find(eventId);
        GroupPass pass = access.read(event.getGroup().getId());
        return summaries(List.of(event), pass.account()).get(0);
    }

    /** The caller's pass to the group of an event (what the event's page may offer them). */
    public GroupPass passFor(long eventId) {
        return access.read(find(eventId).getGroup().getId());
    }

    /** A facilitator (or the secretariat) plans an event; the group's members hear of it. */
    public GroupEvent create(long groupId, EventPlan plan) {
        GroupPass pass = access.moderate(groupId);
        GroupEvent event = new GroupEvent(pass.group(), plan, pass.account(), clock.now());
        em.persist(event);
        em.flush();
        activity.record(pass.group(), ActivityKind.EVENT, pass.account(), event.getTitle(), path(event));
        audit.record(AuditAction.EVENT_CREATED, pass.group().getCode(), event.getId() + " " + event.getTitle());
        return event;
    }

    /**
     * Changes an event as shown to the facilitator at {@code version}. The number of seats cannot fall
     * below the registrations already taken: nobody loses a seat they were given.
     */
    public GroupEvent edit(long eventId, int version, EventPlan plan) {
        GroupEvent event = find(eventId);
        access.moderate(event.getGroup().getId());
        em.lock(event, LockModeType.PESSIMISTIC_WRITE);
        ConcurrentChange.check(event.getVersion(), version);
        long registered = registeredCount(event);
        if (plan.capacity() != null && plan.capacity() >= 1 && plan.capacity() < registered) {
            throw new BusinessException("event.error.capacityBelowRegistered", registered);
        }
        event.plan(plan);
        ConcurrentChange.flush(em);
        return event;
    }

    /**
     * Cancels an event; it stays listed as cancelled and takes no more registrations. Everyone registered
     * is told by mail in their language (also someone who has since left the group: they kept a seat), and
     * the group's members through its activity. The event is locked as a registration locks it, so nobody
     * takes a seat between the list read here and the cancellation, and goes untold.
     */
    public void cancel(long eventId, int version) {
        GroupEvent event = find(eventId);
        GroupPass pass = access.moderate(event.getGroup().getId());
        em.lock(event, LockModeType.PESSIMISTIC_WRITE);
        ConcurrentChange.check(event.getVersion(), version);
        event.cancel();
        ConcurrentChange.flush(em);
        String link = Setting.BASE_URL.lookup() + path(event);
        List<Account> registered = em.createQuery("SELECT r.account FROM EventRegistration r WHERE r.event = :event", Account.class)
                .setParameter("event", event).getResultList();
        for (Account person : registered) {
            if (person.canSignIn()) {
                mailer.send(person.getEmail(), person.getLocale(), MailTemplate.EVENT_CANCELLED, person.getDisplayName(),
                        event.getTitle(), pass.group().name(person.getLocale().locale()), link);
            }
        }
        activity.record(pass.group(), ActivityKind.EVENT_CANCELLED, pass.account(), event.getTitle(), path(event));
        audit.record(AuditAction.EVENT_CANCELLED, pass.group().getCode(), event.getId() + " " + event.getTitle());
    }

    /** The caller takes a seat; "full" when the last one has gone, even to someone a moment earlier. */
    public void register(long eventId) {
        GroupEvent event = find(eventId);
        GroupPass pass = access.read(event.getGroup().getId());
        // Serialises registrations for this event: the count below cannot change until we commit.
        em.lock(event, LockModeType.PESSIMISTIC_WRITE);
        if (isRegistered(event, pass.account())) {
            throw new BusinessException("event.error.alreadyRegistered");
        }
        event.checkRegistration(registeredCount(event), clock.now());
        em.persist(new EventRegistration(event, pass.account(), clock.now()));
        em.flush();
    }

    /** The caller gives their seat back, while the event has not ended. */
    public void unregister(long eventId) {
        GroupEvent event = find(eventId);
        GroupPass pass = access.read(event.getGroup().getId());
        if (event.isOver(clock.now())) {
            throw new BusinessException("event.error.over");
        }
        int deleted = em.createQuery("DELETE FROM EventRegistration r WHERE r.event = :event AND r.account = :account")
                .setParameter("event", event).setParameter("account", pass.account()).executeUpdate();
        if (deleted == 0) {
            throw new BusinessException("event.error.notRegistered");
        }
    }

    /** Who registered, in the order they did: the event's organisers and the secretariat only. */
    public List<Registrant> registrants(long eventId) {
        GroupEvent event = find(eventId);
        access.moderate(event.getGroup().getId());
        return em.createQuery("SELECT r FROM EventRegistration r JOIN FETCH r.account a LEFT JOIN FETCH a.organisation"
                        + " WHERE r.event = :event ORDER BY r.registeredAt, r.id", EventRegistration.class)
                .setParameter("event", event).getResultList().stream()
                .map(r -> new Registrant(r.getAccount().getId(), r.getAccount().getDisplayName(), r.getAccount().getEmail(),
                        r.getAccount().getOrganisation() == null ? null : r.getAccount().getOrganisation().getName(),
                        r.getRegisteredAt()))
                .toList();
    }

    /**
     * The events the caller registered for that have not ended, soonest first, in the groups they may
     * still read (someone who left a group no longer sees its events here).
     */
    public List<EventSummary> myUpcoming(int max) {
        Account me = caller.get();
        Set<Long> readable = access.myGroupIds();
        boolean staff = me.hasRole(Role.SECRETARIAT) || me.hasRole(Role.ADMIN);
        List<GroupEvent> events = em.createQuery("SELECT e FROM EventRegistration r JOIN r.event e JOIN FETCH e.group"
                        + " WHERE r.account = :me AND e.endsAt > :now ORDER BY e.startsAt, e.id", GroupEvent.class)
                .setParameter("me", me).setParameter("now", clock.now()).getResultList().stream()
                .filter(e -> staff || readable.contains(e.getGroup().getId()))
                .limit(Math.max(1, Math.min(max, MAX_PAGE)))
                .toList();
        return summaries(events, me);
    }

    /**
     * The zone a new event's form offers first: the zone of the caller's latest event, else the zone of
     * their settings, else the Executive Secretariat's.
     */
    public String defaultZone() {
        Account me = caller.get();
        return em.createQuery("SELECT e.timeZone FROM GroupEvent e WHERE e.createdBy = :me ORDER BY e.createdAt DESC, e.id DESC",
                        String.class)
                .setParameter("me", me).setMaxResults(1).getResultStream().findFirst()
                .orElse(me.getTimeZone() == null ? GroupEvent.DEFAULT_ZONE : me.getTimeZone());
    }

    /** The page of an event, inside the application. */
    public static String path(GroupEvent event) {
        return "/groups/event.xhtml?id=" + event.getId();
    }

    private GroupEvent find(long eventId) {
        GroupEvent event = em.find(GroupEvent.class, eventId);
        if (event == null) {
            throw new NotFoundException();
        }
        return event;
    }

    private boolean isRegistered(GroupEvent event, Account account) {
        return !em.createQuery("SELECT r.id FROM EventRegistration r WHERE r.event = :event AND r.account = :account")
                .setParameter("event", event).setParameter("account", account).setMaxResults(1).getResultList().isEmpty();
    }

    private long registeredCount(GroupEvent event) {
        return em.createQuery("SELECT COUNT(r) FROM EventRegistration r WHERE r.event = :event", Long.class)
                .setParameter("event", event).getSingleResult();
    }

    /** Registration counts and the caller's own registrations for a page of events, in two queries. */
    private List<EventSummary> summaries(List<GroupEvent> events, Account reader) {
        if (events.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("SELECT r.event.id, COUNT(r) FROM EventRegistration r WHERE r.event IN :events GROUP BY r.event.id",
                        Object[].class)
                .setParameter("events", events).getResultList()
                .forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        Set<Long> mine = Set.copyOf(em.createQuery("SELECT r.event.id FROM EventRegistration r"
                        + " WHERE r.event IN :events AND r.account = :reader", Long.class)
                .setParameter("events", events).setParameter("reader", reader).getResultList());
        return events.stream()
                .map(e -> new EventSummary(e, counts.getOrDefault(e.getId(), 0L), mine.contains(e.getId())))
                .toList();
    }
}
