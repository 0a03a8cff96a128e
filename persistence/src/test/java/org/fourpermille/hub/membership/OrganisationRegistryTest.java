package org.fourpermille.hub.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;

import org.fourpermille.hub.shared.BusinessException;
import org.junit.jupiter.api.Test;

/** An organisation created from, and brought in line with, the secretariat's registry file. */
class OrganisationRegistryTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final LocalDate JOINED = LocalDate.of(2016, 3, 1);

    private static RegistryEntry entry(String name, OrganisationType type, MembershipLevel level, LegalStatus legalStatus,
                                       OrganisationStatus status) {
        return new RegistryEntry(name, "SV", type, "SN", "https://solsvivants.org", level, JOINED, legalStatus, status);
    }

    @Test
    void an_update_names_each_changed_field_with_its_old_and_new_value() {
        Organisation organisation = Organisation.fromRegistry(entry("Sols Vivants", OrganisationType.CIVIL_SOCIETY,
                MembershipLevel.PARTNER, LegalStatus.NON_PROFIT, OrganisationStatus.ACTIVE));

        OrganisationEvent event = organisation.updateFromRegistry(entry("Sols Vivants Sénégal", OrganisationType.CIVIL_SOCIETY,
                MembershipLevel.MEMBER, LegalStatus.NON_PROFIT, OrganisationStatus.SUSPENDED), "secretariat@example.org", NOW)
                .orElseThrow();

        assertEquals(OrganisationEventType.REGISTRY_UPDATED, event.getType());
        assertEquals("name, level, status", event.getSubject());
        assertEquals("name: Sols Vivants → Sols Vivants Sénégal; level: PARTNER → MEMBER; status: ACTIVE → SUSPENDED", event.getNote());
        assertEquals(MembershipLevel.MEMBER, organisation.getLevel());
        assertEquals(OrganisationStatus.SUSPENDED, organisation.getStatus());
        assertTrue(organisation.updateFromRegistry(entry("Sols Vivants Sénégal", OrganisationType.CIVIL_SOCIETY,
                MembershipLevel.MEMBER, LegalStatus.NON_PROFIT, OrganisationStatus.SUSPENDED), "x", NOW).isEmpty(),
                "the same values again change nothing");
    }

    @Test
    void a_member_cannot_become_commercial_through_the_registry() {
        Organisation organisation = Organisation.fromRegistry(entry("Sols Vivants", OrganisationType.CIVIL_SOCIETY,
                MembershipLevel.MEMBER, LegalStatus.NON_PROFIT, OrganisationStatus.ACTIVE));

        assertThrows(BusinessException.class, () -> organisation.updateFromRegistry(entry("Sols Vivants",
                OrganisationType.PRIVATE_COMPANY, MembershipLevel.MEMBER, LegalStatus.COMMERCIAL, OrganisationStatus.ACTIVE), "x", NOW));
        assertThrows(BusinessException.class, () -> Organisation.fromRegistry(entry("Other", OrganisationType.CIVIL_SOCIETY,
                MembershipLevel.MEMBER, LegalStatus.COMMERCIAL, OrganisationStatus.ACTIVE)));
        assertEquals(OrganisationType.CIVIL_SOCIETY, organisation.getType(), "a refused update changes nothing");
    }

    @Test
    void without_a_legal_status_a_new_type_implies_one_as_an_approved_change_of_type_does() {
        Organisation company = Organisation.fromRegistry(entry("TerraCarbon", OrganisationType.PRIVATE_COMPANY,
                MembershipLevel.PARTNER, LegalStatus.COMMERCIAL, OrganisationStatus.ACTIVE));
        Organisation research = Organisation.fromRegistry(entry("Institut", OrganisationType.RESEARCH_EDUCATION,
                MembershipLevel.PARTNER, LegalStatus.PUBLIC, OrganisationStatus.ACTIVE));

        assertEquals(LegalStatus.NON_PROFIT, company.legalStatusUnder(OrganisationType.CIVIL_SOCIETY));
        assertEquals(LegalStatus.COMMERCIAL, company.legalStatusUnder(OrganisationType.PRIVATE_COMPANY));
        assertEquals(LegalStatus.PUBLIC, research.legalStatusUnder(OrganisationType.RESEARCH_EDUCATION));
        assertEquals(LegalStatus.PUBLIC, research.legalStatusUnder(OrganisationType.STATE_OR_LOCAL_GOVERNMENT));
        assertEquals(LegalStatus.PUBLIC, research.legalStatusUnder(OrganisationType.CIVIL_SOCIETY));
    }
}
