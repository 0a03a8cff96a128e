package org.fourpermille.hub.groups;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.fourpermille.hub.membership.Organisation;
import org.fourpermille.hub.shared.AuditAction;
import org.fourpermille.hub.shared.AuditLog;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.Clock;
import org.fourpermille.hub.shared.ConcurrentChange;
import org.fourpermille.hub.shared.FieldProblem;
import org.fourpermille.hub.shared.InvalidInputException;
import org.fourpermille.hub.shared.NotFoundException;
import org.fourpermille.hub.shared.Role;
import org.fourpermille.hub.shared.UniqueViolation;

/**
 * The decisions register and the online consultations of the Consortium and the Bureau. Every method
 * starts from the group (also when given a consultation's id) and passes {@link GroupAccess#read}: who is
 * not in the body gets "not found", as for an unknown id, and so does anyone asking about another kind
 * of group. The secretariat records decisions and runs consultations; Member representatives vote.
 *
 * <p>No timer opens or closes a consultation: its status is read from the clock. The first read after it
 * opens (or closes) announces it, through an UPDATE guarded on the "announced" flag, so that only the one
 * transaction that changed the row records the activity, however many nodes read at that moment. Closing
 * also publishes the results: the counts of eligible and voting organisations are frozen then.
 */
@Stateless
@RolesAllowed({Role.PARTNER_NAME, Role.MEMBER_NAME, Role.SECRETARIAT_NAME, Role.STC_EXPERT_NAME, Role.ADMIN_NAME})
public class Governance {

    /** Organisations whose representatives are in the body now and which are active Members: who may vote. */
    private static final String ELIGIBLE_ORGANISATIONS = "SELECT COUNT(DISTINCT a.organisation_id) FROM group_member_effective e"
            + " JOIN account a ON a.id = e.account_id JOIN organisation o ON o.id = a.organisation_id"
            + " WHERE e.group_id = consultation.group_id AND o.status = 'ACTIVE' AND o.level = 'MEMBER'";

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @Inject
    private GroupAccess access;
    @Inject
    private GroupActivityLog activity;
    @Inject
    private Clock clock;
    @Inject
    private AuditLog audit;

    /** The caller's pass to a governing body; not found for outsiders and for any other kind of group. */
    public GroupPass space(long groupId) {
        GroupPass pass = access.read(groupId);
        if (!pass.group().getKind().isGoverning()) {
            throw new NotFoundException();
        }
        announceDue(pass.group(), clock.now());
        return pass;
    }

    /**
     * The register (one page of decisions, newest first, and their total) and the body's consultations,
     * latest closing first: drafts only for the secretariat.
     */
    public GovernanceRegister register(long groupId, int first, int max) {
        GroupPass pass = space(groupId);
        Instant now = clock.now();
        List<Decision> decisions = em.createNamedQuery(Decision.OF_GROUP, Decision.class).setParameter("group", pass.group())
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, max)).getResultList();
        long total = em.createNamedQuery(Decision.COUNT_OF_GROUP, Long.class).setParameter("group", pass.group()).getSingleResult();
        List<ConsultationRow> consultations = em.createNamedQuery(Consultation.OF_GROUP, Consultation.class)
                .setParameter("group", pass.group()).getResultList().stream()
                .map(c -> new ConsultationRow(c, c.status(now)))
                .filter(row -> pass.staff() || row.status() != ConsultationStatus.DRAFT)
                .toList();
        return new GovernanceRegister(pass, decisions, total, consultations);
    }

    /** Records a decision in the register and tells the body. Secretariat and administrators only. */
    public Decision recordDecision(long groupId, DecisionDraft draft) {
        GroupPass pass = staff(groupId);
        Instant now = clock.now();
        Decision decision = Decision.record(pass.group(), draft.reference(), draft.resolution(), draft.decidedOn(),
                draft.links(), pass.account(), now, LocalDate.ofInstant(now, ZoneOffset.UTC));
        long taken = em.createNamedQuery(Decision.BY_REFERENCE, Long.class).setParameter("group", pass.group())
                .setParameter("reference", decision.getReference().toUpperCase(java.util.Locale.ROOT)).getSingleResult();
        if (taken > 0) {
            throw referenceTaken(decision.getReference());
        }
        em.persist(decision);
        try {
            em.flush();
        } catch (RuntimeException e) {
            if (UniqueViolation.causedBy(e, "group_decision_reference")) {
                throw referenceTaken(decision.getReference());
            }
            throw e;
        }
        activity.record(pass.group(), ActivityKind.DECISION, pass.account(), decision.getReference(),
                "/groups/decisions.xhtml?group=" + groupId + "#decision-" + decision.getId());
        audit.record(AuditAction.DECISION_RECORDED, pass.group().getCode(), decision.getReference());
        return decision;
    }

    private static InvalidInputException referenceTaken(String reference) {
        return new InvalidInputException(List.of(FieldProblem.of("reference", "governance.error.referenceTaken", reference)));
    }

    /** Drafts a consultation (open at once when it opens now). Secretariat and administrators only. */
    public Consultation createConsultation(long groupId, ConsultationDraft draft) {
        GroupPass pass = staff(groupId);
        Instant now = clock.now();
        Consultation consultation = Consultation.create(pass.group(), draft.question(), draft.description(), draft.opensAt(),
                draft.closesAt(), draft.quorumPercent(), draft.options(), pass.account(), now);
        boolean openNow = consultation.status(now) == ConsultationStatus.OPEN;
        if (openNow) {
            consultation.markOpenedAnnounced();
        }
        em.persist(consultation);
        em.flush();
        if (openNow) {
            announceOpened(consultation, pass);
        }
        audit.record(AuditAction.CONSULTATION_CREATED, pass.group().getCode(), consultation.getQuestion());
        return consultation;
    }

    /** A consultation as the caller may see it; not found outside its body. */
    public ConsultationView consultation(long consultationId) {
        GroupPass pass = passFor(consultationId);
        Instant now = clock.now();
        announceDue(pass.group(), now);
        Consultation consultation = em.find(Consultation.class, consultationId);
        ConsultationStatus status = consultation.status(now);
        if (status == ConsultationStatus.DRAFT && !pass.staff()) {
            throw new NotFoundException();
        }
        Long myOrganisation = pass.account().getOrganisation() == null ? null : pass.account().getOrganisation().getId();
        Long myVote = null;
        String myVoteBy = null;
        Instant myVoteAt = null;
        if (myOrganisation != null) {
            @SuppressWarnings("unchecked")
            List<Object[]> mine = em.createNativeQuery("SELECT v.option_id, a.display_name, v.cast_at FROM consultation_vote v"
                            + " JOIN account a ON a.id = v.cast_by WHERE v.consultation_id = ?1 AND v.organisation_id = ?2")
                    .setParameter(1, consultationId).setParameter(2, myOrganisation).getResultList();
            if (!mine.isEmpty()) {
                myVote = ((Number) mine.get(0)[0]).longValue();
                myVoteBy = (String) mine.get(0)[1];
                myVoteAt = instantOf(mine.get(0)[2]);
            }
        }
        boolean closed = status == ConsultationStatus.CLOSED;
        long turnout = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM consultation_vote WHERE consultation_id = ?1")
                .setParameter(1, consultationId).getSingleResult()).longValue();
        List<OptionResult> results = null;
        Boolean quorumMet = null;
        if (closed) {
            results = consultation.getOptions().stream().map(o -> new OptionResult(o.getId(), o.getLabel(),
                    ((Number) em.createNativeQuery("SELECT COUNT(*) FROM consultation_vote WHERE consultation_id = ?1 AND option_id = ?2")
                            .setParameter(1, consultationId).setParameter(2, o.getId()).getSingleResult()).longValue()))
                    .toList();
            quorumMet = Consultation.quorumMet(consultation.getVotedOrganisations(), consultation.getEligibleOrganisations(),
                    consultation.getQuorumPercent());
        }
        List<String> voters = null;
        if (pass.staff()) {
            @SuppressWarnings("unchecked")
            List<String> names = em.createNativeQuery("SELECT o.name FROM consultation_vote v JOIN organisation o ON o.id = v.organisation_id"
                    + " WHERE v.consultation_id = ?1 ORDER BY o.name").setParameter(1, consultationId).getResultList();
            voters = names;
        }
        boolean mayVote = status == ConsultationStatus.OPEN && Consultation.mayVote(pass.account(), pass.member());
        return new ConsultationView(consultation, status, pass, mayVote, myVote, myVoteBy, myVoteAt, closed || pass.staff() ? turnout : null,
                results, quorumMet, voters);
    }

    /**
     * Casts, or changes, the vote of the caller's organisation. Two representatives of one organisation
     * voting at the same moment, even on two nodes, leave one vote (the later choice): the row is keyed by
     * consultation and organisation and written with an upsert. The audit log says which organisation
     * voted (or changed its vote) on which consultation, never the choice: the secretariat sees who voted,
     * never how, and results stay hidden until closing.
     *
     * @return the name of the colleague whose vote this one replaces, or null (a first vote, or one's own)
     */
    public String vote(long consultationId, long optionId) {
        GroupPass pass = passFor(consultationId);
        // Waits for a closing in progress (which writes the row), so no vote slips in after the count.
        em.createNativeQuery("SELECT id FROM consultation WHERE id = ?1 FOR SHARE").setParameter(1, consultationId).getResultList();
        Instant now = clock.now();
        Consultation consultation = em.find(Consultation.class, consultationId);
        if (consultation.status(now) == ConsultationStatus.DRAFT && !pass.staff()) {
            throw new NotFoundException();
        }
        consultation.checkVote(pass.account(), pass.member(), consultation.option(optionId), now);
        Organisation organisation = Organisation.of(pass.account());
        @SuppressWarnings("unchecked")
        List<Object[]> before = em.createNativeQuery("SELECT v.cast_by, a.display_name FROM consultation_vote v"
                        + " JOIN account a ON a.id = v.cast_by WHERE v.consultation_id = ?1 AND v.organisation_id = ?2")
                .setParameter(1, consultationId).setParameter(2, organisation.getId()).getResultList();
        boolean change = !before.isEmpty();
        String replaced = change && ((Number) before.get(0)[0]).longValue() != pass.account().getId()
                ? (String) before.get(0)[1] : null;
        em.createNativeQuery("INSERT INTO consultation_vote (consultation_id, organisation_id, option_id, cast_by, cast_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT ON CONSTRAINT consultation_vote_once"
                        + " DO UPDATE SET option_id = EXCLUDED.option_id, cast_by = EXCLUDED.cast_by, cast_at = EXCLUDED.cast_at")
                .setParameter(1, consultationId).setParameter(2, pass.account().getOrganisation().getId())
                .setParameter(3, optionId).setParameter(4, pass.account().getId()).setParameter(5, Timestamp.from(now))
                .executeUpdate();
        // Who voted on what, never how: not even the secretariat may learn an organisation's choice.
        audit.record(change ? AuditAction.CONSULTATION_VOTE_CHANGED : AuditAction.CONSULTATION_VOTE_CAST,
                "consultation " + consultationId, organisation.getName() + " – " + consultation.getQuestion());
        return replaced;
    }

    private static Instant instantOf(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return value instanceof Instant instant ? instant : null;
    }

    /** Opens a draft at once. Secretariat and administrators only. */
    public void openNow(long consultationId, int version) {
        GroupPass pass = staffFor(consultationId);
        Consultation consultation = em.find(Consultation.class, consultationId);
        ConcurrentChange.check(consultation.getVersion(), version);
        consultation.openNow(clock.now());
        ConcurrentChange.flush(em);
        audit.record(AuditAction.CONSULTATION_OPENED_EARLY, pass.group().getCode(), consultation.getQuestion());
        announceDue(pass.group(), clock.now());
    }

    /** Closes an open consultation at once and publishes its results. Secretariat and administrators only. */
    public void closeNow(long consultationId, int version) {
        GroupPass pass = staffFor(consultationId);
        Consultation consultation = em.find(Consultation.class, consultationId);
        ConcurrentChange.check(consultation.getVersion(), version);
        consultation.closeNow(clock.now());
        ConcurrentChange.flush(em);
        audit.record(AuditAction.CONSULTATION_CLOSED_EARLY, pass.group().getCode(), consultation.getQuestion());
        announceDue(pass.group(), consultation.getClosesAt());
    }

    private GroupPass staff(long groupId) {
        GroupPass pass = space(groupId);
        if (!pass.staff()) {
            throw new BusinessException("governance.error.staffOnly");
        }
        return pass;
    }

    private GroupPass passFor(long consultationId) {
        List<?> group = em.createNativeQuery("SELECT group_id FROM consultation WHERE id = ?1")
                .setParameter(1, consultationId).getResultList();
        if (group.isEmpty()) {
            throw new NotFoundException();
        }
        return space(((Number) group.get(0)).longValue());
    }

    private GroupPass staffFor(long consultationId) {
        GroupPass pass = passFor(consultationId);
        if (!pass.staff()) {
            throw new BusinessException("governance.error.staffOnly");
        }
        return pass;
    }

    /**
     * Announces the consultations of the body that opened or closed since anyone last looked. Each flag
     * is set by an UPDATE that matches only while it is unset: of two nodes reading at once, one updates
     * the row and records the activity, the other waits for it, then updates nothing and records nothing.
     */
    private void announceDue(HubGroup group, Instant now) {
        Timestamp at = Timestamp.from(now);
        @SuppressWarnings("unchecked")
        List<Number> due = em.createNativeQuery("SELECT id FROM consultation WHERE group_id = ?1"
                        + " AND ((NOT opened_announced AND opens_at <= ?2) OR (NOT results_published AND closes_at <= ?2))")
                .setParameter(1, group.getId()).setParameter(2, at).getResultList();
        for (Number id : due) {
            int opened = em.createNativeQuery("UPDATE consultation SET opened_announced = true"
                            + " WHERE id = ?1 AND NOT opened_announced AND opens_at <= ?2")
                    .setParameter(1, id.longValue()).setParameter(2, at).executeUpdate();
            String question = (String) em.createNativeQuery("SELECT question FROM consultation WHERE id = ?1")
                    .setParameter(1, id.longValue()).getSingleResult();
            if (opened == 1) {
                activity.record(group, ActivityKind.CONSULTATION_OPENED, null, question, path(id.longValue()));
            }
            int closed = em.createNativeQuery("UPDATE consultation SET results_published = true,"
                            + " voted_organisations = (SELECT COUNT(*) FROM consultation_vote v WHERE v.consultation_id = consultation.id),"
                            + " eligible_organisations = (" + ELIGIBLE_ORGANISATIONS + ")"
                            + " WHERE id = ?1 AND NOT results_published AND closes_at <= ?2")
                    .setParameter(1, id.longValue()).setParameter(2, at).executeUpdate();
            if (closed == 1) {
                activity.record(group, ActivityKind.CONSULTATION_CLOSED, null, question, path(id.longValue()));
            }
        }
    }

    private void announceOpened(Consultation consultation, GroupPass pass) {
        activity.record(pass.group(), ActivityKind.CONSULTATION_OPENED, pass.account(), consultation.getQuestion(),
                path(consultation.getId()));
    }

    private static String path(long consultationId) {
        return "/groups/consultation.xhtml?id=" + consultationId;
    }
}
