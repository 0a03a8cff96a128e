/**
 * What every feature uses: the business-exception tree (each exception names the message key the user
 * sees) and the audit trail of security-relevant events.
 */
package org.fourpermille.hub.shared;
