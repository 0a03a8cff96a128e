/**
 * Services of membership: {@link org.fourpermille.hub.membership.ApplicationDesk} for applicants, who hold
 * their application through an emailed key, and {@link org.fourpermille.hub.membership.ApplicationReview}
 * for the secretariat, whose approval creates the organisation and invites its representatives;
 * {@link org.fourpermille.hub.membership.Representation} (with {@link org.fourpermille.hub.membership.ColleagueInvitations}) and
 * {@link org.fourpermille.hub.membership.OrganisationAdministration} for the life of an organisation after it
 * joined; {@link org.fourpermille.hub.membership.RegistryImport} and
 * {@link org.fourpermille.hub.membership.RegistryExport} for the registry the secretariat keeps as a spreadsheet.
 * {@link org.fourpermille.hub.membership.OrganisationDirectory} is the directory of organisations for
 * signed-in people; {@link org.fourpermille.hub.membership.MembershipStatistics} counts them for everyone.
 * People are invited through identity's {@code Invitations}; an accepted invitation reaches the
 * organisation's timeline through {@link org.fourpermille.hub.membership.RepresentativeJoining}. The names
 * of the Colleges come from the groups feature through {@link org.fourpermille.hub.membership.CollegeNames}.
 */
package org.fourpermille.hub.membership;
