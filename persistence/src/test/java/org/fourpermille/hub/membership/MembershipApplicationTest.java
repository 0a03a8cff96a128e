package org.fourpermille.hub.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.FieldProblem;
import org.fourpermille.hub.shared.InvalidInputException;
import org.fourpermille.hub.shared.StoredFile;
import org.fourpermille.hub.shared.SupportedLocale;
import org.junit.jupiter.api.Test;

class MembershipApplicationTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-21");

    static ApplicationForm form(OrganisationType type, LegalStatus status, MembershipLevel level) {
        return new ApplicationForm("  Terre Vivante ", "TV", type, "fr", "www.terre-vivante.org", status, level,
                "Ana Pérez", "Director", "Ana@Terre-Vivante.org", "Luc Martin", "President", "luc@terre-vivante.org");
    }

    private static MembershipApplication draft(OrganisationType type, MembershipLevel level) {
        return new MembershipApplication(form(type, LegalStatus.NON_PROFIT, level), SupportedLocale.FR, "hash", NOW);
    }

    private static StoredFile pdf(String text) {
        return new StoredFile(("%PDF-1.4 " + text).getBytes(StandardCharsets.US_ASCII), "application/pdf", NOW);
    }

    private static MembershipApplication complete(OrganisationType type, MembershipLevel level) {
        MembershipApplication application = draft(type, level);
        for (DocumentKind kind : application.getRequiredDocuments()) {
            StoredFile file = kind == DocumentKind.LOGO
                    ? new StoredFile(new byte[] {1, 2, 3}, "image/png", NOW) : pdf(kind.name());
            application.attach(kind, kind.name().toLowerCase() + (kind.isImage() ? ".png" : ".pdf"), file, NOW);
        }
        return application;
    }

    @Test
    void the_form_is_cleaned_and_keyed_for_the_duplicate_rule() {
        ApplicationForm clean = form(OrganisationType.CIVIL_SOCIETY, LegalStatus.NON_PROFIT, MembershipLevel.PARTNER).validated();
        assertEquals("Terre Vivante", clean.organisationName());
        assertEquals("FR", clean.country());
        assertEquals("https://www.terre-vivante.org", clean.website());
        assertEquals("ana@terre-vivante.org", clean.applicantEmail());
        assertEquals("terre vivante", ApplicationForm.nameKey("TERRE-vivanté!"));
        assertEquals("terre-vivante.org", ApplicationForm.websiteKey("https://WWW.Terre-Vivante.org/fr/"));
    }

    @Test
    void every_problem_of_a_form_is_reported_at_once_next_to_its_field() {
        ApplicationForm empty = new ApplicationForm("", null, null, "XX", "not a site", null, null,
                "", "", "no-at-sign", "", "", "");
        InvalidInputException refused = assertThrows(InvalidInputException.class, empty::validated);
        List<String> fields = refused.problems().stream().map(FieldProblem::field).toList();
        assertEquals(List.of("organisationName", "type", "country", "website", "legalStatus", "level", "applicantName",
                "applicantFunction", "applicantEmail", "signatoryName", "signatoryFunction", "signatoryEmail"), fields);
    }

    @Test
    void a_company_or_a_commercial_body_cannot_ask_to_be_a_member_and_is_told_why() {
        InvalidInputException company = assertThrows(InvalidInputException.class,
                () -> form(OrganisationType.PRIVATE_COMPANY, LegalStatus.NON_PROFIT, MembershipLevel.MEMBER).validated());
        assertEquals("application.error.memberNonProfit", company.problems().get(0).messageKey());
        assertEquals("level", company.problems().get(0).field());
        assertThrows(InvalidInputException.class,
                () -> form(OrganisationType.CIVIL_SOCIETY, LegalStatus.COMMERCIAL, MembershipLevel.MEMBER).validated());
    }

    @Test
    void submitting_lists_every_missing_document_and_states_and_companies_need_no_legal_proof() {
        MembershipApplication member = draft(OrganisationType.RESEARCH_EDUCATION, MembershipLevel.MEMBER);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> member.submit("APP-1", NOW));
        assertEquals(List.of("application.error.missing.DECLARATION_INTENT", "application.error.missing.DECLARATION_GOVERNANCE",
                        "application.error.missing.LEGAL_PROOF", "application.error.missing.LOGO"),
                refused.problems().stream().map(FieldProblem::messageKey).toList());
        assertEquals(ApplicationStatus.DRAFT, member.getStatus());

        MembershipApplication state = draft(OrganisationType.STATE_OR_LOCAL_GOVERNMENT, MembershipLevel.PARTNER);
        assertEquals(List.of(DocumentKind.DECLARATION_INTENT, DocumentKind.LOGO), state.getRequiredDocuments());
    }

    @Test
    void a_pdf_slot_refuses_an_image_and_a_new_upload_replaces_the_old_one_without_losing_it() {
        MembershipApplication application = draft(OrganisationType.CIVIL_SOCIETY, MembershipLevel.PARTNER);
        BusinessException wrongKind = assertThrows(BusinessException.class, () -> application.attach(
                DocumentKind.DECLARATION_INTENT, "x.pdf", new StoredFile(new byte[] {1}, "image/png", NOW), NOW));
        assertEquals("application.error.fileType", wrongKind.messageKey());
        application.attach(DocumentKind.DECLARATION_INTENT, "first.pdf", pdf("1"), NOW);
        application.attach(DocumentKind.DECLARATION_INTENT, "C:\\Users\\ana\\second.pdf", pdf("2"), NOW);
        assertEquals(List.of("second.pdf"), application.getCurrentDocuments().stream().map(ApplicationDocument::getFileName).toList());
        assertEquals(2, application.getDocuments().size());
    }

    @Test
    void the_whole_path_from_draft_to_approval_keeps_every_submitted_version() {
        MembershipApplication application = complete(OrganisationType.CIVIL_SOCIETY, MembershipLevel.MEMBER);
        application.submit("APP-2026-00001", NOW);
        assertEquals(ApplicationStatus.SUBMITTED, application.getStatus());
        assertEquals("APP-2026-00001", application.getReference());
        assertThrows(BusinessException.class, () -> application.edit(form(OrganisationType.CIVIL_SOCIETY,
                LegalStatus.NON_PROFIT, MembershipLevel.PARTNER), NOW), "the secretariat has it: no edits");

        application.requestInformation("staff@4p1000.org", "Please send the statutes in French.", "hash2", NOW);
        assertEquals(ApplicationStatus.INFO_REQUESTED, application.getStatus());
        application.edit(new ApplicationForm("Terre Vivante France", "TV", OrganisationType.CIVIL_SOCIETY, "FR", null,
                LegalStatus.NON_PROFIT, MembershipLevel.MEMBER, "Ana Pérez", "Director", "ana@terre-vivante.org",
                "Luc Martin", "President", "luc@terre-vivante.org"), NOW);
        application.submit("ignored", NOW);
        assertEquals("APP-2026-00001", application.getReference(), "the reference stays");
        assertNull(application.getInfoRequest());

        List<String> versions = application.getHistory().stream().filter(e -> e.getSnapshot() != null)
                .map(ApplicationEvent::getSnapshot).toList();
        assertEquals(2, versions.size());
        assertTrue(versions.get(0).contains("Terre Vivante France"));
        assertTrue(versions.get(1).contains("\"organisationName\":\"Terre Vivante\""));

        BusinessException unchecked = assertThrows(BusinessException.class,
                () -> application.recommend("staff@4p1000.org", false, null, NOW));
        assertEquals("application.error.signatureUnchecked", unchecked.messageKey());
        application.recommend("staff@4p1000.org", true, "Complete.", NOW);
        application.approve("staff@4p1000.org", false, DecidingBody.BUREAU, TODAY, null, NOW);
        assertEquals(ApplicationStatus.APPROVED, application.getStatus());

        Organisation organisation = Organisation.fromApprovedApplication(application);
        assertEquals("Terre Vivante France", organisation.getName());
        assertEquals(MembershipLevel.MEMBER, organisation.getLevel());
        assertEquals(DecidingBody.BUREAU, organisation.getDecidedBy());
        assertEquals(TODAY, organisation.getJoinedOn());

        BusinessException again = assertThrows(BusinessException.class, () -> application.submit("x", NOW));
        assertEquals("application.error.notEditable", again.messageKey(), "an approved application cannot be re-submitted");
    }

    @Test
    void a_rejected_application_cannot_be_approved_until_it_is_reopened() {
        MembershipApplication application = complete(OrganisationType.FUNDER, MembershipLevel.PARTNER);
        application.submit("APP-2", NOW);
        BusinessException noReason = assertThrows(BusinessException.class,
                () -> application.reject("staff", DecidingBody.CONSORTIUM, TODAY, " ", NOW));
        assertEquals("application.error.reasonRequired", noReason.messageKey());
        application.reject("staff", DecidingBody.CONSORTIUM, TODAY, "Not active in soils.", NOW);

        BusinessException illegal = assertThrows(BusinessException.class,
                () -> application.approve("staff", true, DecidingBody.CONSORTIUM, TODAY, null, NOW));
        assertEquals("application.error.illegalMove", illegal.messageKey());
        assertThrows(BusinessException.class, () -> application.requestInformation("staff", "?", "h", NOW));

        application.reopen("staff", "Appeal received with new evidence.", NOW);
        assertEquals(ApplicationStatus.SUBMITTED, application.getStatus());
        assertNull(application.getDecisionReason());
        application.approve("staff", true, DecidingBody.CONSORTIUM, TODAY, null, NOW);
        assertEquals(ApplicationStatus.APPROVED, application.getStatus());
    }

    @Test
    void a_decision_needs_its_body_and_a_date_that_is_not_in_the_future() {
        MembershipApplication application = complete(OrganisationType.CIVIL_SOCIETY, MembershipLevel.PARTNER);
        application.submit("APP-3", NOW);
        assertEquals("application.error.bodyRequired", assertThrows(BusinessException.class,
                () -> application.approve("staff", true, null, TODAY, null, NOW)).messageKey());
        assertEquals("application.error.decisionDate", assertThrows(BusinessException.class,
                () -> application.approve("staff", true, DecidingBody.BUREAU, TODAY.plusDays(10), null, NOW)).messageKey());
        assertEquals(ApplicationStatus.SUBMITTED, application.getStatus());
    }
}
