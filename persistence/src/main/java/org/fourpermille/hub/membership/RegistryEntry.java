package org.fourpermille.hub.membership;

import java.time.LocalDate;

/**
 * One organisation as the secretariat's registry file describes it, every value resolved (blank optional
 * cells already replaced by their default or by the organisation's current value). The registry import
 * creates an organisation from it ({@link Organisation#fromRegistry}) or brings an existing one in line
 * with it ({@link Organisation#updateFromRegistry}).
 */
public record RegistryEntry(String name, String acronym, OrganisationType type, String country, String website,
                            MembershipLevel level, LocalDate joinedOn, LegalStatus legalStatus,
                            OrganisationStatus status) {
}
