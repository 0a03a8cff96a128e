/**
 * What every feature uses and that knows no feature: the business-exception tree (each exception names
 * the message key the user sees), the audit trail of security-relevant events, stored files, the
 * platform roles checked by {@code @RolesAllowed} and the three languages the platform speaks.
 */
package org.fourpermille.hub.shared;
