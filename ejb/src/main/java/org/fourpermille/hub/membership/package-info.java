/**
 * Services of membership: {@link org.fourpermille.hub.membership.ApplicationDesk} for applicants, who hold
 * their application through an emailed key, and {@link org.fourpermille.hub.membership.ApplicationReview}
 * for the secretariat, whose approval creates the organisation and invites its representatives.
 * {@link org.fourpermille.hub.membership.OrganisationDirectory} is the directory of organisations for
 * signed-in people; {@link org.fourpermille.hub.membership.MembershipStatistics} counts them for everyone.
 */
package org.fourpermille.hub.membership;
