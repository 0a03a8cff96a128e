package org.fourpermille.hub.matching;

import org.fourpermille.hub.shared.WorkWaits;
import org.fourpermille.hub.shared.WorkKind;
import jakarta.enterprise.event.Event;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.fourpermille.hub.config.Setting;
import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.identity.AccountRepository;
import org.fourpermille.hub.identity.CallerAccount;
import org.fourpermille.hub.membership.Organisation;
import org.fourpermille.hub.shared.AuditAction;
import org.fourpermille.hub.shared.AuditLog;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.Clock;
import org.fourpermille.hub.shared.ConcurrentChange;
import org.fourpermille.hub.shared.NotFoundException;
import org.fourpermille.hub.shared.Role;
import org.fourpermille.hub.shared.SupportedLocale;
import org.fourpermille.hub.shared.UniqueViolation;
import org.fourpermille.hub.shared.mail.MailTemplate;
import org.fourpermille.hub.shared.mail.Mailer;

/**
 * The STC's Formative Assessment of Soil Projects (FASP): the secretariat opens and closes calls, keeps the
 * rubric, assigns experts and sends the consolidated report; an STC expert sees only the requests assigned to
 * them (any other is "not found"), declares a conflict or scores; the project's organisation asks for an
 * assessment and reads its report. A positive outcome marks the project and puts it in the showcase.
 */
@Stateless
@RolesAllowed({Role.PARTNER_NAME, Role.MEMBER_NAME, Role.SECRETARIAT_NAME, Role.STC_EXPERT_NAME, Role.ADMIN_NAME})
public class AssessmentService {

    public static final String REQUEST_PAGE = "/assessment/request.xhtml?id=";

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

    // ---- the secretariat: calls and rubric ----

    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public List<AssessmentCall> calls() {
        return em.createQuery("SELECT c FROM AssessmentCall c ORDER BY c.opensOn DESC, c.id DESC", AssessmentCall.class)
                .getResultList();
    }

    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public AssessmentCall openCall(String title, LocalDate opensOn, LocalDate closesOn) {
        AssessmentCall call = new AssessmentCall(title, opensOn, closesOn, caller.get().getEmail(), clock.now());
        em.persist(call);
        audit.record(AuditAction.ASSESSMENT_CALL_OPENED, call.getTitle(), opensOn + " – " + closesOn);
        return call;
    }

    /** Opens or closes a call; requests already made stay. */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public AssessmentCall changeCall(long callId, boolean open) {
        AssessmentCall call = em.find(AssessmentCall.class, callId);
        if (call == null) {
            throw new NotFoundException();
        }
        if (open) {
            call.open();
        } else {
            call.close();
        }
        audit.record(open ? AuditAction.ASSESSMENT_CALL_OPENED : AuditAction.ASSESSMENT_CALL_CLOSED, call.getTitle(), null);
        return call;
    }

    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public List<AssessmentRequest> allRequests() {
        return em.createQuery("SELECT r FROM AssessmentRequest r ORDER BY r.requestedAt DESC", AssessmentRequest.class)
                .setMaxResults(200).getResultList();
    }

    public AssessmentRubric activeRubric() {
        return em.createNamedQuery(AssessmentRubric.ACTIVE, AssessmentRubric.class).getSingleResult();
    }

    /** Adds a criterion: publishes the next rubric version; requests under way keep theirs. */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public AssessmentRubric addCriterion(String code, Integer step, String labelEn, String labelFr, String labelEs) {
        AssessmentRubric current = activeRubric();
        AssessmentRubric next = current.withCriterion(code, step, labelEn, labelFr, labelEs, clock.now());
        return publish(next, "added " + code + " " + labelEn);
    }

    /** The active rubric's criterion with that code, for the secretariat's edit form; an unknown code is not found. */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public AssessmentCriterion criterion(String code) {
        return activeRubric().criterion(code);
    }

    /** Words a criterion anew in the three languages: publishes the next rubric version. */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public AssessmentRubric rewordCriterion(String code, String labelEn, String labelFr, String labelEs) {
        AssessmentRubric next = activeRubric().withCriterionReworded(code, labelEn, labelFr, labelEs, clock.now());
        return publish(next, "reworded " + code + " " + labelEn);
    }

    /** Takes a criterion out of the rubric: publishes the next version; requests under way keep theirs. */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public AssessmentRubric removeCriterion(String code) {
        return publish(activeRubric().withoutCriterion(code, clock.now()), "removed " + code);
    }

    private AssessmentRubric publish(AssessmentRubric next, String detail) {
        // The partial unique index allows one active version: retire the old one before the new one arrives.
        em.flush();
        em.persist(next);
        audit.record(AuditAction.ASSESSMENT_RUBRIC_PUBLISHED, "rubric v" + next.getNumber(), detail);
        return next;
    }

    // ---- the project's organisation ----

    public List<AssessmentCall> callsOpenToday() {
        LocalDate today = today();
        return em.createQuery("SELECT c FROM AssessmentCall c WHERE c.status = org.fourpermille.hub.matching.AssessmentCallStatus.OPEN"
                        + " AND c.opensOn <= :today AND c.closesOn >= :today ORDER BY c.closesOn", AssessmentCall.class)
                .setParameter("today", today).getResultList();
    }

    /** The projects of the caller's organisation, which they may put forward. */
    public List<Project> myProjects() {
        Account me = caller.get();
        if (me.getOrganisation() == null || !representsOrganisation(me)) {
            return List.of();
        }
        return ProjectLists.withTexts(em.createQuery("SELECT p FROM Project p WHERE p.organisation = :o ORDER BY p.updatedAt DESC", Project.class))
                .setParameter("o", me.getOrganisation()).getResultList();
    }

    public AssessmentRequest request(long projectId, long callId, Integer modality) {
        Account me = caller.get();
        Project project = em.find(Project.class, projectId);
        if (project == null || !project.isVisibleTo(Organisation.of(me), false)) {
            throw new NotFoundException();
        }
        AssessmentCall call = em.find(AssessmentCall.class, callId);
        if (call == null) {
            throw new NotFoundException();
        }
        AssessmentRequest request = AssessmentRequest.request(project, call, modality, me, activeRubric(), today(), clock.now());
        em.persist(request);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueViolation.causedBy(e, "assessment_request_open_idx")) {
                throw new BusinessException("assessment.error.alreadyRequested");
            }
            throw e;
        }
        work.fire(WorkWaits.forSecretariat(WorkKind.ASSESSMENT_REQUESTED, language -> project.title(language.locale()),
                REQUEST_PAGE + request.getId()));
        audit.record(AuditAction.ASSESSMENT_REQUESTED, title(project), "modality " + modality + ", " + call.getTitle());
        return request;
    }

    /** The requests of the caller's organisation's projects, newest first. */
    public List<AssessmentRequest> myRequests() {
        Account me = caller.get();
        if (me.getOrganisation() == null || !representsOrganisation(me)) {
            return List.of();
        }
        return em.createQuery("SELECT r FROM AssessmentRequest r WHERE r.project.organisation = :o ORDER BY r.requestedAt DESC",
                        AssessmentRequest.class)
                .setParameter("o", me.getOrganisation()).getResultList();
    }

    // ---- the experts ----

    /** The requests assigned to the caller, newest first. */
    public List<AssessmentAssignment> myAssignments() {
        return em.createQuery("SELECT a FROM AssessmentAssignment a WHERE a.expert = :me ORDER BY a.assignedAt DESC",
                        AssessmentAssignment.class)
                .setParameter("me", caller.get()).getResultList();
    }

    /**
     * A request as the caller may see it. The secretariat sees everything; an expert only a request assigned
     * to them; the project's organisation its own. Anyone else: not found.
     */
    public AssessmentView view(long requestId) {
        Account me = caller.get();
        AssessmentRequest request = em.find(AssessmentRequest.class, requestId);
        if (request == null) {
            throw new NotFoundException();
        }
        if (isStaff(me)) {
            return new AssessmentView(request, AssessmentRole.STAFF, null, experts(), stcGroupId());
        }
        var assignment = request.assignmentOf(me);
        if (assignment.isPresent() && me.getEffectiveRoles().contains(Role.STC_EXPERT)) {
            return new AssessmentView(request, AssessmentRole.EXPERT, assignment.get(), List.of(), null);
        }
        if (AssessmentRequest.representsOwner(me, request.getProject())) {
            return new AssessmentView(request, AssessmentRole.OWNER, null, List.of(), null);
        }
        throw new NotFoundException();
    }

    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public AssessmentAssignment assign(long requestId, long expertId) {
        AssessmentRequest request = found(requestId);
        Account expert = accounts.findById(expertId).orElseThrow(NotFoundException::new);
        AssessmentAssignment assignment = request.assign(expert, clock.now());
        ConcurrentChange.flush(em);
        work.fire(WorkWaits.forPeople(WorkKind.EXPERT_ASSIGNED, language -> request.getProject().title(language.locale()),
                REQUEST_PAGE + request.getId(), List.of(expert.getId()), false));
        audit.record(AuditAction.ASSESSMENT_EXPERT_ASSIGNED, title(request.getProject()), expert.getEmail());
        return assignment;
    }

    @RolesAllowed(Role.STC_EXPERT_NAME)
    public void declareConflict(long requestId, String note) {
        AssessmentAssignment mine = mine(requestId);
        mine.declareConflict(note, clock.now());
        audit.record(AuditAction.ASSESSMENT_CONFLICT_DECLARED, title(mine.getRequest().getProject()), mine.getConflictNote());
    }

    @RolesAllowed(Role.STC_EXPERT_NAME)
    public void submitScores(long requestId, Map<String, Integer> scores, Map<String, String> comments) {
        AssessmentAssignment mine = mine(requestId);
        mine.submit(scores, comments, clock.now());
        ConcurrentChange.flush(em);
        audit.record(AuditAction.ASSESSMENT_SCORES_SUBMITTED, title(mine.getRequest().getProject()),
                "rubric v" + mine.getRequest().getRubric().getNumber());
    }

    // ---- the consolidated report ----

    /**
     * Sends the consolidated report and the outcome to the project's organisation: each representative gets
     * a mail in their language. A positive outcome marks the project "formatively assessed by the STC" and
     * puts it in the investment-opportunities showcase; the mail says so, and that the owner may take it out
     * on the project page.
     */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public AssessmentRequest complete(long requestId, AssessmentOutcome outcome, String report, String recommendations) {
        AssessmentRequest request = found(requestId);
        Project project = request.getProject();
        ProjectVisibility before = project.getVisibility();
        request.complete(outcome, report, recommendations, caller.get().getEmail(), today(), clock.now());
        ConcurrentChange.flush(em);
        String link = Setting.BASE_URL.lookup() + REQUEST_PAGE + request.getId();
        String projectLink = Setting.BASE_URL.lookup() + ProjectService.PROJECT_PAGE + project.getId();
        boolean showcased = before != ProjectVisibility.SHOWCASE && project.getVisibility() == ProjectVisibility.SHOWCASE;
        for (Account person : accounts.ofOrganisation(project.getOrganisation())) {
            if (person.canSignIn()) {
                SupportedLocale language = person.getLocale();
                mailer.send(person.getEmail(), language, MailTemplate.ASSESSMENT_COMPLETED, person.getDisplayName(),
                        project.title(language.locale()), mailer.phrase(language, "assessmentOutcome." + outcome.name()), link,
                        showcased ? mailer.phrase(language, "assessmentShowcase", projectLink) : "");
            }
        }
        audit.record(AuditAction.ASSESSMENT_COMPLETED, title(project), outcome.name());
        if (showcased) {
            audit.record(AuditAction.PROJECT_VISIBILITY_CHANGED, "project " + project.getId(),
                    before + " -> " + ProjectVisibility.SHOWCASE + " (positive STC assessment, request " + request.getId() + ")");
        }
        return request;
    }

    /**
     * What the letter of support of a positively assessed request says, in the owner's language (the
     * organisation's main contact's, else the requester's). Only for the owner's representatives and the
     * secretariat; anything else, including a request without a positive outcome, is not found.
     */
    public SupportLetterFacts letter(long requestId) {
        Account me = caller.get();
        AssessmentRequest request = em.find(AssessmentRequest.class, requestId);
        if (request == null || !request.isPositive()
                || !(isStaff(me) || AssessmentRequest.representsOwner(me, request.getProject()))) {
            throw new NotFoundException();
        }
        Project project = request.getProject();
        Organisation organisation = project.getOrganisation();
        SupportedLocale language = organisation.getMainContact() != null ? organisation.getMainContact().getLocale()
                : request.getRequestedBy().getLocale();
        return new SupportLetterFacts(request.getId(), language, project.title(language.locale()), organisation.getName(),
                request.getCall().getTitle(), request.getModality(), request.getRubric().getNumber(), request.getOutcome(),
                request.getCompletedAt().atZone(ZoneOffset.UTC).toLocalDate());
    }

    // ---- the showcase ----

    /**
     * The investment opportunities: positively assessed projects in the showcase (their owners may take them
     * out), the most recently assessed first. An expert without the partner's view sees only those assigned
     * to them, as everywhere else ({@link ProjectScope}).
     */
    public List<Project> showcase() {
        return showcase(500);
    }

    /** The first {@code max} of {@link #showcase()}, with their organisations, in one query (the dashboard's block). */
    public List<Project> showcase(int max) {
        ProjectScope scope = ProjectScope.of(caller.get());
        if (!scope.partnerView() && scope.expertId() == null) {
            return List.of();
        }
        var query = ProjectLists.withTexts(em.createQuery("SELECT p FROM Project p JOIN FETCH p.organisation WHERE p.assessedPositivelyOn IS NOT NULL"
                        + " AND p.visibility = org.fourpermille.hub.matching.ProjectVisibility.SHOWCASE"
                        + (scope.partnerView() ? "" : " AND " + ProjectScope.ASSIGNED_JPQL)
                        + " ORDER BY p.assessedPositivelyOn DESC, p.updatedAt DESC, p.id DESC", Project.class))
                .setMaxResults(max);
        if (!scope.partnerView()) {
            query.setParameter("expert", scope.expertId());
        }
        return query.getResultList();
    }

    // ---- helpers ----

    /** Everyone who may be assigned: active accounts a current STC term makes experts, by name. */
    private List<Account> experts() {
        return em.createQuery("SELECT DISTINCT a FROM Account a JOIN a.appointedRoles r WHERE r = org.fourpermille.hub.shared.Role.STC_EXPERT",
                        Account.class)
                .getResultStream().filter(Account::canSignIn)
                .filter(a -> a.getEffectiveRoles().contains(Role.STC_EXPERT))
                .sorted(Comparator.comparing(Account::getDisplayName)).toList();
    }

    /** The STC, whose members page is where the secretariat appoints experts. */
    private Long stcGroupId() {
        return ((Number) em.createNativeQuery("SELECT id FROM hub_group WHERE code = 'STC'").getSingleResult()).longValue();
    }

    private AssessmentRequest found(long requestId) {
        AssessmentRequest request = em.find(AssessmentRequest.class, requestId);
        if (request == null) {
            throw new NotFoundException();
        }
        return request;
    }

    /** The caller's assignment on that request; a request not assigned to them is not found. */
    private AssessmentAssignment mine(long requestId) {
        return found(requestId).assignmentOf(caller.get()).orElseThrow(NotFoundException::new);
    }

    private LocalDate today() {
        return clock.now().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static String title(Project project) {
        return project.title(SupportedLocale.EN.locale());
    }

    private static boolean representsOrganisation(Account account) {
        var roles = account.getEffectiveRoles();
        return roles.contains(Role.PARTNER) || roles.contains(Role.MEMBER);
    }

    private static boolean isStaff(Account account) {
        return account.hasRole(Role.SECRETARIAT) || account.hasRole(Role.ADMIN);
    }
}
