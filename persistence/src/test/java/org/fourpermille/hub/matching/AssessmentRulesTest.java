package org.fourpermille.hub.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.identity.Appointed;
import org.fourpermille.hub.membership.MembershipLevel;
import org.fourpermille.hub.membership.Organisation;
import org.fourpermille.hub.membership.OrganisationType;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.FieldProblem;
import org.fourpermille.hub.shared.InvalidInputException;
import org.fourpermille.hub.shared.Role;
import org.fourpermille.hub.shared.SupportedLocale;
import org.junit.jupiter.api.Test;

/** The rules of the STC's formative assessment, without a database. */
class AssessmentRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private final Organisation owner = organisation("Sols Vivants");
    private final Organisation research = organisation("Institut des sols");
    private final Organisation university = organisation("Universidad del Suelo");
    private final Account awa = person("awa@sols-vivants.example", owner, Role.PARTNER);
    private final Account project_expert = Appointed.asStcExpert(person("omar@sols-vivants.example", owner, Role.PARTNER));
    private final Account elena = Appointed.asStcExpert(person("elena@research.example", research, Role.PARTNER));
    private final Account jorge = Appointed.asStcExpert(person("jorge@uni.example", university, Role.PARTNER));
    private final Account carla = Appointed.asStcExpert(person("carla@uni.example", university, Role.PARTNER));
    private final Account paul = person("paul@research.example", research, Role.PARTNER);
    private final Project project = Project.create(owner, awa, new ProjectDetails(
            Map.of(SupportedLocale.FR, new LocalText("Haies vives", "Des haies autour de 400 parcelles.")),
            ProjectStage.SEEKING_FUNDING, null, CriteriaDetails.NONE.withCountries(List.of("SN")).withCurrency("EUR"),
            null, null, new BigDecimal("100000"), new BigDecimal("80000"), Set.of(), null, null, null, null,
            ProjectVisibility.PARTNERS), Set.of(), Set.of("EUR"), NOW);

    private static Organisation organisation(String name) {
        return new Organisation(name, null, OrganisationType.CIVIL_SOCIETY, "SN", null, MembershipLevel.PARTNER, LocalDate.of(2016, 3, 1));
    }

    private static Account person(String email, Organisation organisation, Role... roles) {
        Account account = new Account(email, email.substring(0, email.indexOf('@')), SupportedLocale.FR,
                EnumSet.of(roles[0], roles), NOW);
        account.setPassword("hash");
        account.joinOrganisation(organisation);
        return account;
    }

    private static AssessmentRubric rubric() {
        AssessmentRubric rubric = AssessmentRubric.first(NOW);
        rubric.add("1.1", 1, "Human rights", "Droits humains", "Derechos humanos");
        rubric.add("1.2", 1, "Land tenure rights", "Droits fonciers", "Derechos de tenencia de la tierra");
        rubric.add("2.1", 2, "Soil conservation", "Conservation des sols", "Conservación del suelo");
        return rubric;
    }

    private static AssessmentCall openCall() {
        return new AssessmentCall("Call 2026", TODAY.minusDays(10), TODAY.plusDays(20), "secretariat@example.org", NOW);
    }

    private AssessmentRequest request() {
        return AssessmentRequest.request(project, openCall(), 1, awa, rubric(), TODAY, NOW);
    }

    private AssessmentRequest inReview() {
        AssessmentRequest request = request();
        request.assign(elena, NOW);
        request.assign(jorge, NOW);
        return request;
    }

    private static void scoreAll(AssessmentAssignment assignment) {
        assignment.submit(Map.of("1.1", 2, "1.2", 3, "2.1", 1),
                Map.of("1.1", "Consent documented", "1.2", "Titles secured", "2.1", "Erosion addressed in part"), NOW);
    }

    private static String refusal(Runnable move) {
        return assertThrows(BusinessException.class, move::run).messageKey();
    }

    @Test
    void a_request_needs_an_open_call_whose_dates_include_today() {
        AssessmentCall call = openCall();
        assertEquals(AssessmentStatus.REQUESTED, AssessmentRequest.request(project, call, 2, awa, rubric(), TODAY, NOW).getStatus());
        assertEquals("assessment.error.callNotOpen",
                refusal(() -> AssessmentRequest.request(project, call, 1, awa, rubric(), TODAY.plusDays(21), NOW)), "after its last day");
        assertEquals("assessment.error.callNotOpen",
                refusal(() -> AssessmentRequest.request(project, call, 1, awa, rubric(), TODAY.minusDays(11), NOW)), "before its first day");
        call.close();
        assertEquals("assessment.error.callNotOpen",
                refusal(() -> AssessmentRequest.request(project, call, 1, awa, rubric(), TODAY, NOW)), "closed by the secretariat");
        call.open();
        assertTrue(call.acceptsRequestsOn(TODAY));
    }

    @Test
    void a_call_closing_before_it_opens_is_refused_with_its_field() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> new AssessmentCall("Call", TODAY, TODAY.minusDays(1), "s@example.org", NOW));
        assertEquals(List.of("closesOn"), refused.problems().stream().map(FieldProblem::field).toList());
    }

    @Test
    void only_a_representative_of_the_project_organisation_requests_and_only_modality_1_or_2() {
        assertEquals("assessment.error.notOwner",
                refusal(() -> AssessmentRequest.request(project, openCall(), 1, paul, rubric(), TODAY, NOW)));
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> AssessmentRequest.request(project, openCall(), 3, awa, rubric(), TODAY, NOW));
        assertEquals("modality", refused.problems().get(0).field());
    }

    @Test
    void the_review_starts_with_the_second_expert_and_an_expert_of_the_owner_is_refused() {
        AssessmentRequest request = request();
        BusinessException own = assertThrows(BusinessException.class, () -> request.assign(project_expert, NOW));
        assertEquals("assessment.error.ownOrganisation", own.messageKey());
        assertEquals("assessment.error.notAnExpert", refusal(() -> request.assign(paul, NOW)));
        request.assign(elena, NOW);
        assertEquals(AssessmentStatus.REQUESTED, request.getStatus(), "one expert is not enough");
        assertEquals("assessment.error.notInReview",
                refusal(() -> scoreAll(request.assignmentOf(elena).orElseThrow())), "no scoring before the review starts");
        assertEquals("assessment.error.alreadyAssigned", refusal(() -> request.assign(elena, NOW)));
        request.assign(jorge, NOW);
        assertEquals(AssessmentStatus.IN_REVIEW, request.getStatus());
    }

    @Test
    void every_criterion_needs_a_score_and_a_comment() {
        AssessmentRequest request = inReview();
        AssessmentAssignment assignment = request.assignmentOf(elena).orElseThrow();
        Map<String, Integer> scores = new HashMap<>(Map.of("1.1", 2, "2.1", 5));
        Map<String, String> comments = new HashMap<>(Map.of("1.1", "Consent documented", "1.2", "Titles", "2.1", "  "));
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> assignment.submit(scores, comments, NOW));
        assertEquals(List.of("criteria:1:score", "criteria:2:score", "criteria:2:comment"),
                refused.problems().stream().map(FieldProblem::field).toList());
        assertFalse(assignment.isSubmitted());
        assertTrue(assignment.getScores().isEmpty(), "nothing half-recorded");
        scoreAll(assignment);
        assertTrue(assignment.isSubmitted());
        assertEquals(List.of(2, 3, 1), assignment.getScores().stream().map(AssessmentScore::getScore).toList());
        assertEquals("assessment.error.alreadySubmitted", refusal(() -> scoreAll(assignment)));
    }

    @Test
    void an_expert_who_declares_a_conflict_cannot_score_and_does_not_count() {
        AssessmentRequest request = inReview();
        AssessmentAssignment elenas = request.assignmentOf(elena).orElseThrow();
        assertThrows(InvalidInputException.class, () -> elenas.declareConflict(" ", NOW));
        elenas.declareConflict("I advised the project in 2024.", NOW);
        assertEquals("assessment.error.conflictDeclared", refusal(() -> scoreAll(elenas)));
        scoreAll(request.assignmentOf(jorge).orElseThrow());
        assertEquals("assessment.error.notEnoughReviews",
                refusal(() -> request.complete(AssessmentOutcome.POSITIVE, "Report", null, "s@example.org", TODAY, NOW)),
                "one expert without conflict is not enough");
        request.assign(carla, NOW);
        scoreAll(request.assignmentOf(carla).orElseThrow());
        request.complete(AssessmentOutcome.POSITIVE, "Sound safeguards.", "Add MRV", "s@example.org", TODAY, NOW);
        assertEquals(AssessmentStatus.COMPLETED, request.getStatus());
    }

    @Test
    void completing_needs_a_report_and_a_positive_outcome_marks_the_project_and_shows_it_in_the_showcase() {
        AssessmentRequest request = inReview();
        request.getAssignments().forEach(AssessmentRulesTest::scoreAll);
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> request.complete(null, " ", null, "s@example.org", TODAY, NOW));
        assertEquals(List.of("outcome", "report"), refused.problems().stream().map(FieldProblem::field).toList());
        assertNull(project.getAssessedPositivelyOn());
        request.complete(AssessmentOutcome.POSITIVE, "Sound safeguards.", null, "s@example.org", TODAY, NOW);
        assertEquals(TODAY, project.getAssessedPositivelyOn());
        assertEquals(ProjectVisibility.SHOWCASE, project.getVisibility());
        assertEquals("assessment.error.completed", refusal(() -> request.assign(carla, NOW)));
    }

    @Test
    void not_yet_leaves_the_project_unmarked() {
        AssessmentRequest request = inReview();
        request.getAssignments().forEach(AssessmentRulesTest::scoreAll);
        request.complete(AssessmentOutcome.NOT_YET, "Safeguards unclear.", "Document land tenure.", "s@example.org", TODAY, NOW);
        assertFalse(project.isAssessedPositively());
        assertNotEquals(ProjectVisibility.SHOWCASE, project.getVisibility());
    }

    @Test
    void adding_a_criterion_publishes_a_new_version_and_keeps_the_old_one_for_its_requests() {
        AssessmentRubric first = rubric();
        AssessmentRequest request = AssessmentRequest.request(project, openCall(), 1, awa, first, TODAY, NOW);
        AssessmentRubric second = first.withCriterion("1.4", 1, "Gender equality", "Égalité des genres", "Igualdad de género", NOW);
        assertEquals(2, second.getNumber());
        assertFalse(first.isActive());
        assertTrue(second.isActive());
        assertEquals(List.of("1.1", "1.2", "1.4", "2.1"), second.getCriteria().stream().map(AssessmentCriterion::getCode).toList());
        assertEquals(3, request.getRubric().getCriteria().size(), "the request keeps its version");
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> second.withCriterion("1.1", 0, "", "x", "y", NOW));
        assertEquals(List.of("code", "step", "labelEn"), refused.problems().stream().map(FieldProblem::field).toList());
    }

    @Test
    void rewording_a_criterion_publishes_a_new_version_with_the_new_words_and_the_same_place() {
        AssessmentRubric first = rubric();
        AssessmentRubric second = first.withCriterionReworded("1.2", "Land tenure and customary rights",
                "Droits fonciers et coutumiers", "Derechos de tenencia y consuetudinarios", NOW);
        assertEquals(2, second.getNumber());
        assertFalse(first.isActive());
        assertEquals(List.of("1.1", "1.2", "2.1"), second.getCriteria().stream().map(AssessmentCriterion::getCode).toList());
        assertEquals("Droits fonciers et coutumiers", second.criterion("1.2").getLabelFr());
        assertEquals(1, second.criterion("1.2").getStep());
        assertEquals("Droits fonciers", first.criterion("1.2").getLabelFr(), "the old version keeps its words");

        BusinessException same = assertThrows(BusinessException.class, () -> second.withCriterionReworded("1.1",
                "Human rights", "Droits humains", "Derechos humanos", NOW));
        assertEquals("assessment.error.sameWording", same.messageKey());
        InvalidInputException blank = assertThrows(InvalidInputException.class,
                () -> second.withCriterionReworded("1.1", "Human rights", " ", "Derechos humanos", NOW));
        assertEquals(List.of("labelFr"), blank.problems().stream().map(FieldProblem::field).toList());
        assertTrue(second.isActive(), "a refused change publishes nothing");
        assertThrows(org.fourpermille.hub.shared.NotFoundException.class,
                () -> second.withCriterionReworded("9.9", "a", "b", "c", NOW));
    }

    @Test
    void removing_a_criterion_publishes_a_version_without_it_but_never_an_empty_rubric() {
        AssessmentRubric second = rubric().withoutCriterion("1.2", NOW);
        assertEquals(List.of("1.1", "2.1"), second.getCriteria().stream().map(AssessmentCriterion::getCode).toList());
        AssessmentRubric last = second.withoutCriterion("1.1", NOW);
        assertEquals("assessment.error.lastCriterion",
                assertThrows(BusinessException.class, () -> last.withoutCriterion("2.1", NOW)).messageKey());
        assertTrue(last.isActive());
    }
}
