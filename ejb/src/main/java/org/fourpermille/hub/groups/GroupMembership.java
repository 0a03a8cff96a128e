package org.fourpermille.hub.groups;

import java.time.LocalDate;
import java.util.Arrays;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.fourpermille.hub.config.Setting;
import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.identity.AccountRepository;
import org.fourpermille.hub.identity.CallerAccount;
import org.fourpermille.hub.membership.Organisation;
import org.fourpermille.hub.membership.OrganisationStatus;
import org.fourpermille.hub.membership.OrganisationType;
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
 * Who is in which group, by each group's join rule: partners join and leave Interfaces; people ask to join
 * Task Forces and the individuals' group and a facilitator decides; the secretariat appoints to the STC
 * and the Bureau for terms (the Bureau's seat rules are the entity's), gives group roles and adds groups.
 * Colleges, Funders and the Consortium follow the organisation and are never joined by hand.
 */
@Stateless
@RolesAllowed({Role.PARTNER_NAME, Role.MEMBER_NAME, Role.SECRETARIAT_NAME, Role.STC_EXPERT_NAME, Role.ADMIN_NAME})
public class GroupMembership {

    /** A lock per group (offset from other advisory locks) so two appointments never share the last seat. */
    private static final long TERM_LOCK_BASE = 4_000_000_000L;

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @Inject
    private CallerAccount caller;
    @Inject
    private GroupAccess access;
    @Inject
    private AccountRepository accounts;
    @Inject
    private Clock clock;
    @Inject
    private AuditLog audit;
    @Inject
    private Mailer mailer;

    /** Every group, with where the caller stands in each. */
    public List<GroupSummary> catalogue() {
        Account me = caller.get();
        Set<Long> mine = access.groupIdsOf(me);
        Map<Long, GroupMemberStatus> statuses = new HashMap<>();
        em.createQuery("SELECT m FROM GroupMember m WHERE m.account = :account", GroupMember.class)
                .setParameter("account", me).getResultList()
                .forEach(m -> statuses.put(m.getGroup().getId(), m.getStatus()));
        Map<Long, Long> counts = memberCounts();
        return em.createNamedQuery(HubGroup.ALL, HubGroup.class).getResultList().stream()
                .map(g -> new GroupSummary(g, mine.contains(g.getId()), statuses.get(g.getId()),
                        counts.getOrDefault(g.getId(), 0L), 0))
                .toList();
    }

    /**
     * The groups the caller is in, each with what happened since their last visit. The dashboard reads it on
     * every visit and shows no member counts, so none are counted here (0).
     */
    public List<GroupSummary> myGroups() {
        Account me = caller.get();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT e.group_id,"
                        + " (SELECT count(*) FROM group_activity a WHERE a.group_id = e.group_id"
                        + "   AND (a.actor_id IS NULL OR a.actor_id <> ?1)"
                        + "   AND a.occurred_at > COALESCE(m.last_visit_at, '-infinity'::timestamptz))"
                        + " FROM group_member_effective e"
                        + " LEFT JOIN group_member m ON m.group_id = e.group_id AND m.account_id = e.account_id"
                        + " WHERE e.account_id = ?1")
                .setParameter(1, me.getId()).getResultList();
        Map<Long, Long> fresh = new HashMap<>();
        rows.forEach(r -> fresh.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        return em.createNamedQuery(HubGroup.ALL, HubGroup.class).getResultList().stream()
                .filter(g -> fresh.containsKey(g.getId()))
                .map(g -> new GroupSummary(g, true, GroupMemberStatus.ACTIVE, 0, fresh.get(g.getId())))
                .toList();
    }

    private Map<Long, Long> memberCounts() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT group_id, count(*) FROM group_member_effective GROUP BY group_id")
                .getResultList();
        Map<Long, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        return counts;
    }

    /** One group as the caller may see its front page, with their pass; marks the visit when they are in it. */
    public GroupVisit visit(long groupId) {
        GroupPass pass = access.pass(groupId);
        long memberCount = ((Number) em.createNativeQuery("SELECT count(*) FROM group_member_effective WHERE group_id = ?1")
                .setParameter(1, groupId).getSingleResult()).longValue();
        GroupMember row = rowOf(pass.group(), pass.account());
        if (pass.member()) {
            if (row == null) {
                row = new GroupMember(pass.group(), pass.account());
                em.persist(row);
            }
            row.visited(clock.now());
        }
        return new GroupVisit(new GroupSummary(pass.group(), pass.member(), row == null ? null : row.getStatus(), memberCount, 0),
                pass);
    }

    /** The caller's pass to a group (what they may do there). */
    public GroupPass pass(long groupId) {
        return access.pass(groupId);
    }

    /** The people in a group, a page at a time, by name. Members and staff only. */
    public List<MemberRow> members(long groupId, int first, int max) {
        access.read(groupId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT a.id, a.display_name, o.name, o.country, COALESCE(m.role, 'MEMBER')"
                        + " FROM group_member_effective e JOIN account a ON a.id = e.account_id"
                        + " LEFT JOIN organisation o ON o.id = a.organisation_id"
                        + " LEFT JOIN group_member m ON m.group_id = e.group_id AND m.account_id = e.account_id"
                        + " WHERE e.group_id = ?1 ORDER BY lower(a.display_name), a.id OFFSET ?2 LIMIT ?3")
                .setParameter(1, groupId).setParameter(2, Math.max(0, first)).setParameter(3, Math.max(1, Math.min(max, 200)))
                .getResultList();
        return rows.stream().map(r -> new MemberRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3], GroupRole.valueOf((String) r[4]))).toList();
    }

    /** The active organisations of a College, by name, a page at a time; empty for other groups. */
    public List<Organisation> collegeOrganisations(long groupId, int first, int max) {
        GroupPass pass = access.read(groupId);
        List<OrganisationType> types = Arrays.stream(OrganisationType.values())
                .filter(t -> pass.group().is(GroupCode.of(t.college()))).toList();
        if (pass.group().getKind() != GroupKind.COLLEGE || types.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT o FROM Organisation o WHERE o.status = :active AND o.type IN :types"
                        + " ORDER BY lower(o.name), o.id", Organisation.class)
                .setParameter("active", OrganisationStatus.ACTIVE).setParameter("types", types)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 200))).getResultList();
    }

    public long memberCount(long groupId) {
        access.read(groupId);
        return ((Number) em.createNativeQuery("SELECT count(*) FROM group_member_effective WHERE group_id = ?1")
                .setParameter(1, groupId).getSingleResult()).longValue();
    }

    /** A partner joins an open group (an Interface). */
    public void join(long groupId) {
        GroupPass pass = access.pass(groupId);
        if (pass.member()) {
            throw new BusinessException("group.error.alreadyIn");
        }
        GroupMember row = rowOrNew(pass);
        row.join(clock.now());
        ConcurrentChange.flush(em);
        audit.record(AuditAction.GROUP_JOINED, pass.account().getEmail(), pass.group().getCode());
    }

    /** Leaves an open group or one joined on request, or withdraws a pending request. */
    public void leave(long groupId) {
        GroupPass pass = access.pass(groupId);
        GroupMember row = rowOf(pass.group(), pass.account());
        if (row == null) {
            throw new BusinessException(pass.group().getJoinRule() == JoinRule.OPEN || pass.group().getJoinRule() == JoinRule.ON_REQUEST
                    ? "group.error.notIn" : "group.error.cannotLeave");
        }
        row.leave(clock.now());
        ConcurrentChange.flush(em);
        audit.record(AuditAction.GROUP_LEFT, pass.account().getEmail(), pass.group().getCode());
    }

    /** Asks to join a group on request; its facilitators see the request on their dashboard. */
    public void request(long groupId, String note) {
        GroupPass pass = access.pass(groupId);
        if (pass.member()) {
            throw new BusinessException("group.error.alreadyIn");
        }
        GroupMember row = rowOrNew(pass);
        row.request(note, clock.now());
        ConcurrentChange.flush(em);
        audit.record(AuditAction.GROUP_REQUESTED, pass.account().getEmail(), pass.group().getCode());
    }

    /** Requests waiting in a group, oldest first; its moderators and staff only. */
    public List<GroupMember> requests(long groupId) {
        GroupPass pass = access.moderate(groupId);
        return em.createNamedQuery(GroupMember.REQUESTS, GroupMember.class).setParameter("group", pass.group()).getResultList();
    }

    /** Requests waiting in every group the caller moderates (all of them for staff), oldest first. */
    public List<GroupMember> requestsForMe() {
        Account me = caller.get();
        if (GroupAccess.isStaff(me)) {
            return em.createQuery("SELECT m FROM GroupMember m JOIN FETCH m.account JOIN FETCH m.group"
                            + " WHERE m.status = org.fourpermille.hub.groups.GroupMemberStatus.REQUESTED ORDER BY m.requestedAt", GroupMember.class)
                    .getResultList();
        }
        return em.createQuery("SELECT r FROM GroupMember r JOIN FETCH r.account JOIN FETCH r.group, GroupMember mine"
                        + " WHERE mine.account = :me AND mine.group = r.group AND mine.status = org.fourpermille.hub.groups.GroupMemberStatus.ACTIVE"
                        + " AND mine.role IN :moderating AND r.status = org.fourpermille.hub.groups.GroupMemberStatus.REQUESTED"
                        + " ORDER BY r.requestedAt", GroupMember.class)
                .setParameter("me", me)
                .setParameter("moderating", List.of(GroupRole.FACILITATOR, GroupRole.CHAIR, GroupRole.VICE_CHAIR, GroupRole.LEADER))
                .getResultList()
                .stream().filter(r -> access.isMember(r.getGroup().getId(), me.getId())).toList();
    }

    public void accept(long requestId, int expectedVersion) {
        GroupMember request = decidable(requestId, expectedVersion);
        request.accept(caller.get().getEmail(), clock.now());
        ConcurrentChange.flush(em);
        tell(request, MailTemplate.GROUP_REQUEST_ACCEPTED, "");
        audit.record(AuditAction.GROUP_REQUEST_ACCEPTED, request.getAccount().getEmail(), request.getGroup().getCode());
    }

    public void decline(long requestId, int expectedVersion, String reason) {
        GroupMember request = decidable(requestId, expectedVersion);
        request.decline(caller.get().getEmail(), reason, clock.now());
        ConcurrentChange.flush(em);
        tell(request, MailTemplate.GROUP_REQUEST_DECLINED, request.getDecisionNote() == null ? "" : request.getDecisionNote());
        audit.record(AuditAction.GROUP_REQUEST_DECLINED, request.getAccount().getEmail(),
                request.getGroup().getCode() + (request.getDecisionNote() == null ? "" : ": " + request.getDecisionNote()));
    }

    private GroupMember decidable(long requestId, int expectedVersion) {
        GroupMember request = em.find(GroupMember.class, requestId);
        if (request == null) {
            throw new NotFoundException();
        }
        access.moderate(request.getGroup().getId());
        ConcurrentChange.check(request.getVersion(), expectedVersion);
        return request;
    }

    private void tell(GroupMember row, MailTemplate template, String note) {
        Account person = row.getAccount();
        if (person.canSignIn()) {
            Locale locale = person.getLocale().locale();
            mailer.send(person.getEmail(), person.getLocale(), template, person.getDisplayName(),
                    row.getGroup().name(locale), note, Setting.BASE_URL.lookup() + "/groups/group.xhtml?id=" + row.getGroup().getId());
        }
    }

    /** Gives a person, named by their email, a role in a group they are in. Staff only. */
    public void assignRole(long groupId, String email, GroupRole role) {
        staffGroup(groupId);
        Account person = accounts.findByEmail(Account.normaliseEmail(email == null ? "" : email))
                .orElseThrow(() -> new BusinessException("group.error.unknownPerson"));
        assignRole(groupId, person.getId(), role);
    }

    /** Gives a person a role in a group they are in. Staff only. */
    public void assignRole(long groupId, long accountId, GroupRole role) {
        HubGroup group = staffGroup(groupId);
        Account person = accounts.findById(accountId).orElseThrow(NotFoundException::new);
        if (!access.isMember(groupId, accountId)) {
            throw new BusinessException("group.error.roleNeedsMember");
        }
        GroupMember row = rowOf(group, person);
        if (row == null) {
            row = new GroupMember(group, person);
            if (group.getJoinRule() != JoinRule.AUTOMATIC && group.getJoinRule() != JoinRule.APPOINTED) {
                throw new BusinessException("group.error.roleNeedsMember");
            }
            em.persist(row);
        }
        row.assignRole(role);
        ConcurrentChange.flush(em);
        audit.record(AuditAction.GROUP_ROLE_CHANGED, person.getEmail(), group.getCode() + ": " + role);
    }

    /** Every term of an appointed group, newest first. Members and staff. */
    public List<GroupTerm> terms(long groupId) {
        GroupPass pass = access.read(groupId);
        return em.createNamedQuery(GroupTerm.OF_GROUP, GroupTerm.class).setParameter("group", pass.group()).getResultList();
    }

    /** Appoints someone to the STC or the Bureau for a term. Staff only; the Bureau's rules apply. */
    public GroupTerm appoint(long groupId, String email, Seat seat, LocalDate startsOn, LocalDate endsOn, String note) {
        HubGroup group = staffGroup(groupId);
        Account person = accounts.findByEmail(Account.normaliseEmail(email))
                .orElseThrow(() -> new BusinessException("group.error.unknownPerson"));
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, TERM_LOCK_BASE + groupId).getSingleResult();
        List<GroupTerm> existing = em.createNamedQuery(GroupTerm.OF_GROUP, GroupTerm.class).setParameter("group", group).getResultList();
        GroupTerm term = GroupTerm.appoint(group, person, seat, startsOn, endsOn, note, existing, caller.get().getEmail(), clock.now());
        em.persist(term);
        em.flush();
        Locale locale = person.getLocale().locale();
        mailer.send(person.getEmail(), person.getLocale(), MailTemplate.GROUP_APPOINTED, person.getDisplayName(),
                group.name(locale), startsOn, endsOn, Setting.BASE_URL.lookup() + "/groups/group.xhtml?id=" + group.getId());
        audit.record(AuditAction.GROUP_APPOINTED, person.getEmail(),
                group.getCode() + (term.getSeat() == null ? "" : " " + term.getSeat()) + " " + startsOn + "–" + endsOn);
        return term;
    }

    /** Ends a term early: the person no longer sits from the given day (today when none). Staff only. */
    public void endTerm(long termId, int expectedVersion, LocalDate endsFrom) {
        GroupTerm term = em.find(GroupTerm.class, termId);
        if (term == null) {
            throw new NotFoundException();
        }
        staffGroup(term.getGroup().getId());
        ConcurrentChange.check(term.getVersion(), expectedVersion);
        term.end(endsFrom == null ? LocalDate.ofInstant(clock.now(), ZoneOffset.UTC) : endsFrom);
        ConcurrentChange.flush(em);
        audit.record(AuditAction.GROUP_TERM_ENDED, term.getAccount().getEmail(), term.getGroup().getCode() + " " + term.getEndedOn());
    }

    /** Adds a group (a Task Force for a new objective, a working group). Staff only. */
    public HubGroup create(GroupKind kind, List<String> names, List<String> descriptions) {
        requireStaff();
        int position = ((Number) em.createNamedQuery(HubGroup.LAST_POSITION).getSingleResult()).intValue() + 10;
        String code = (kind == null ? "GROUP" : kind.name()) + "_" + Long.toString(clock.now().toEpochMilli(), 36).toUpperCase(Locale.ROOT);
        HubGroup group = new HubGroup(code, kind, position, names, descriptions, clock.now());
        em.persist(group);
        em.flush();
        audit.record(AuditAction.GROUP_CREATED, group.getCode(), group.name(Locale.ENGLISH));
        return group;
    }

    /** How the caller hears from a group they are in. */
    public void setNotificationLevel(long groupId, NotificationLevel level) {
        GroupPass pass = access.read(groupId);
        GroupMember row = rowOrNew(pass);
        row.setNotificationLevel(level);
        ConcurrentChange.flush(em);
    }

    /** The caller's row in a group, when they have one. */
    public GroupMember myRow(long groupId) {
        GroupPass pass = access.pass(groupId);
        return rowOf(pass.group(), pass.account());
    }

    private HubGroup staffGroup(long groupId) {
        requireStaff();
        HubGroup group = em.find(HubGroup.class, groupId);
        if (group == null) {
            throw new NotFoundException();
        }
        return group;
    }

    private void requireStaff() {
        if (!GroupAccess.isStaff(caller.get())) {
            throw new BusinessException("group.error.staffOnly");
        }
    }

    private GroupMember rowOrNew(GroupPass pass) {
        GroupMember row = rowOf(pass.group(), pass.account());
        if (row == null) {
            row = new GroupMember(pass.group(), pass.account());
            em.persist(row);
        }
        return row;
    }

    private GroupMember rowOf(HubGroup group, Account account) {
        List<GroupMember> rows = em.createNamedQuery(GroupMember.OF, GroupMember.class)
                .setParameter("group", group).setParameter("account", account).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }
}
