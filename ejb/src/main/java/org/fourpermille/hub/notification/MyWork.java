package org.fourpermille.hub.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.identity.CallerAccount;
import org.fourpermille.hub.matching.AssessmentAssignment;
import org.fourpermille.hub.matching.AssessmentRequest;
import org.fourpermille.hub.matching.AssessmentStatus;
import org.fourpermille.hub.matching.AssessmentService;
import org.fourpermille.hub.matching.Interest;
import org.fourpermille.hub.matching.InterestService;
import org.fourpermille.hub.matching.InterestSide;
import org.fourpermille.hub.matching.InterestStatus;
import org.fourpermille.hub.matching.OfferService;
import org.fourpermille.hub.matching.Project;
import org.fourpermille.hub.matching.ProjectService;
import org.fourpermille.hub.matching.SupportOffer;
import org.fourpermille.hub.membership.Organisation;
import org.fourpermille.hub.shared.Clock;
import org.fourpermille.hub.shared.NotFoundException;
import org.fourpermille.hub.shared.Role;
import org.fourpermille.hub.shared.WorkQueue;

/**
 * The caller's work: the notices of what waits for them (their in-app list, apart from group
 * notifications), which secretariat queues mail them, and "what waits for me" on the dashboard. Each list
 * follows the rules of the page it links to: the secretariat sees its queues, an STC expert the
 * assessments assigned to them, a partner only its own organisation's interests, projects and offers.
 */
@Stateless
@RolesAllowed({Role.PARTNER_NAME, Role.MEMBER_NAME, Role.SECRETARIAT_NAME, Role.STC_EXPERT_NAME, Role.ADMIN_NAME})
public class MyWork {

    public static final String SETTINGS_PAGE = "/account/notifications.xhtml";
    static final int NOTICES_SHOWN = 20;
    static final int ITEMS_SHOWN = 20;

    /** One thing that waits: {@code kind} names it ({@code waiting.KIND}), {@code since} gives its age. */
    public record Item(String kind, String title, Instant since, String path) {
    }

    /** One of my organisation's projects or offers, with the message key of its state. */
    public record Listing(String title, String statusKey, String path) {
    }

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @Inject
    private CallerAccount caller;
    @Inject
    private Clock clock;

    // ---- notices ----

    /** The caller's newest notices. */
    public List<WorkNotice> notices() {
        return em.createQuery("SELECT n FROM WorkNotice n WHERE n.account = :me ORDER BY n.id DESC", WorkNotice.class)
                .setParameter("me", caller.get()).setMaxResults(NOTICES_SHOWN).getResultList();
    }

    public int unreadNotices() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM (SELECT 1 FROM work_notice WHERE account_id = ?1"
                        + " AND read_at IS NULL LIMIT " + (MyNotifications.UNREAD_SHOWN + 1) + ") unread")
                .setParameter(1, caller.get().getId()).getSingleResult()).intValue();
    }

    /** Marks one of the caller's notices read and returns its page; someone else's notice is not found. */
    public String openNotice(long noticeId) {
        WorkNotice notice = em.find(WorkNotice.class, noticeId);
        if (notice == null || !notice.getAccount().getId().equals(caller.get().getId())) {
            throw new NotFoundException();
        }
        notice.markRead(clock.now());
        return notice.getPath();
    }

    public int markNoticesRead() {
        return em.createNativeQuery("UPDATE work_notice SET read_at = ?2 WHERE account_id = ?1 AND read_at IS NULL")
                .setParameter(1, caller.get().getId()).setParameter(2, Timestamp.from(clock.now())).executeUpdate();
    }

    // ---- which queues mail me ----

    /** For the secretariat: whether each queue mails the caller ("mail me" where they never chose); others: none. */
    public Map<WorkQueue, Boolean> mailChoices() {
        Map<WorkQueue, Boolean> choices = new EnumMap<>(WorkQueue.class);
        Account me = caller.get();
        if (!me.hasRole(Role.SECRETARIAT)) {
            return choices;
        }
        for (WorkQueue queue : WorkQueue.values()) {
            choices.put(queue, true);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT queue, mail FROM queue_mail_choice WHERE account_id = ?1")
                .setParameter(1, me.getId()).getResultList();
        rows.forEach(row -> choices.put(WorkQueue.valueOf((String) row[0]), (Boolean) row[1]));
        return choices;
    }

    @RolesAllowed(Role.SECRETARIAT_NAME)
    public void chooseMail(WorkQueue queue, boolean mail) {
        em.createNativeQuery("INSERT INTO queue_mail_choice (account_id, queue, mail) VALUES (?1, ?2, ?3)"
                        + " ON CONFLICT (account_id, queue) DO UPDATE SET mail = EXCLUDED.mail")
                .setParameter(1, caller.get().getId()).setParameter(2, queue.name()).setParameter(3, mail).executeUpdate();
    }

    // ---- the dashboard ----

    /** What waits for the caller, oldest first, by the rules of the pages the items link to. */
    public List<Item> waiting(Locale locale) {
        Account me = caller.get();
        List<Item> items = new ArrayList<>();
        if (me.hasRole(Role.SECRETARIAT)) {
            secretariatQueues(items, locale);
        }
        if (me.hasRole(Role.STC_EXPERT)) {
            for (AssessmentAssignment a : em.createQuery("SELECT a FROM AssessmentAssignment a WHERE a.expert = :me"
                            + " AND a.submittedAt IS NULL AND a.conflictDeclared = false AND a.request.status <> :done"
                            + " ORDER BY a.assignedAt", AssessmentAssignment.class)
                    .setParameter("me", me).setParameter("done", AssessmentStatus.COMPLETED)
                    .setMaxResults(ITEMS_SHOWN).getResultList()) {
                items.add(new Item("score", a.getRequest().getProject().title(locale), a.getAssignedAt(),
                        AssessmentService.REQUEST_PAGE + a.getRequest().getId()));
            }
        }
        Organisation mine = representedOrganisation(me);
        if (mine != null) {
            // Received only, in the query: interests the organisation sent must not take the places of the list.
            for (Interest i : em.createQuery("SELECT i FROM Interest i WHERE i.status = :pending"
                            + " AND ((i.fromSide = :fromProject AND i.offer.organisation = :mine)"
                            + " OR (i.fromSide = :fromOffer AND i.project.organisation = :mine)) ORDER BY i.createdAt",
                            Interest.class)
                    .setParameter("pending", InterestStatus.PENDING).setParameter("mine", mine)
                    .setParameter("fromProject", InterestSide.PROJECT).setParameter("fromOffer", InterestSide.OFFER)
                    .setMaxResults(ITEMS_SHOWN).getResultList()) {
                items.add(new Item("interest", i.getFromOrganisation().getName() + " — " + i.getProject().title(locale)
                        + " / " + i.getOffer().getTitle(), i.getCreatedAt(), InterestService.PAGE + i.getId()));
            }
        }
        items.sort(Comparator.comparing(Item::since));
        return items;
    }

    private void secretariatQueues(List<Item> items, Locale locale) {
        @SuppressWarnings("unchecked")
        List<Object[]> applications = em.createNativeQuery("SELECT id, org_name, reference, submitted_at, purpose = 'UPGRADE'"
                        + " FROM membership_application WHERE status = 'SUBMITTED' ORDER BY submitted_at LIMIT " + ITEMS_SHOWN)
                .getResultList();
        for (Object[] row : applications) {
            items.add(new Item((Boolean) row[4] ? "upgrade" : "application", row[1] + " (" + row[2] + ")",
                    ((Timestamp) row[3]).toInstant(), "/secretariat/application.xhtml?id=" + row[0]));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> changes = em.createNativeQuery("SELECT c.id, o.name, c.requested_at FROM organisation_change c"
                        + " JOIN organisation o ON o.id = c.organisation_id WHERE c.status = 'PENDING'"
                        + " ORDER BY c.requested_at LIMIT " + ITEMS_SHOWN)
                .getResultList();
        for (Object[] row : changes) {
            items.add(new Item("change", (String) row[1], ((Timestamp) row[2]).toInstant(), "/secretariat/changes.xhtml"));
        }
        // A request waits on the secretariat until it has experts, and again once every expert has scored.
        for (AssessmentRequest r : em.createQuery("SELECT r FROM AssessmentRequest r WHERE r.status <> :done"
                        + " ORDER BY r.requestedAt", AssessmentRequest.class)
                .setParameter("done", AssessmentStatus.COMPLETED).setMaxResults(ITEMS_SHOWN).getResultList()) {
            boolean scoring = r.getAssignments().stream().anyMatch(a -> !a.isSubmitted() && !a.isConflictDeclared());
            if (r.getStatus() == AssessmentStatus.IN_REVIEW && scoring) {
                continue;
            }
            items.add(new Item("assessment", r.getProject().title(locale), r.getRequestedAt(),
                    AssessmentService.REQUEST_PAGE + r.getId()));
        }
    }

    /** The projects of the caller's organisation, newest first. */
    public List<Listing> myProjects(Locale locale) {
        Organisation mine = representedOrganisation(caller.get());
        if (mine == null) {
            return List.of();
        }
        return em.createQuery("SELECT p FROM Project p WHERE p.organisation = :mine ORDER BY p.updatedAt DESC", Project.class)
                .setParameter("mine", mine).setMaxResults(ITEMS_SHOWN).getResultList().stream()
                .map(p -> new Listing(p.title(locale), "projectVisibility." + p.getVisibility().name(), ProjectService.PROJECT_PAGE + p.getId()))
                .toList();
    }

    /** The offers of the caller's organisation, newest first. */
    public List<Listing> myOffers() {
        Organisation mine = representedOrganisation(caller.get());
        if (mine == null) {
            return List.of();
        }
        return em.createQuery("SELECT o FROM SupportOffer o WHERE o.organisation = :mine ORDER BY o.updatedAt DESC", SupportOffer.class)
                .setParameter("mine", mine).setMaxResults(ITEMS_SHOWN).getResultList().stream()
                .map(o -> new Listing(o.getTitle(), "offerStatus." + o.getStatus().name(), OfferService.OFFER_PAGE + o.getId()))
                .toList();
    }

    /** The organisation the caller speaks for now: a partner or member through it, not a withdrawn one. */
    private static Organisation representedOrganisation(Account me) {
        Organisation mine = Organisation.of(me);
        return mine != null && (me.hasRole(Role.PARTNER) || me.hasRole(Role.MEMBER)) ? mine : null;
    }
}
