/**
 * Services of membership: {@link org.fourpermille.hub.membership.ApplicationDesk} for applicants, who hold
 * their application through an emailed key, and {@link org.fourpermille.hub.membership.ApplicationReview}
 * for the secretariat, whose approval creates the organisation and invites its representatives;
 * {@link org.fourpermille.hub.membership.RegistryImport} and {@link org.fourpermille.hub.membership.RegistryExport}
 * for the registry the secretariat keeps as a spreadsheet.
 */
package org.fourpermille.hub.membership;
