/**
 * Pages of membership: the "Join the Initiative" form for applicants (reached again through the emailed
 * link) and the secretariat's queue and review of applications, with the documents they carry; and the
 * partner registry page with its CSV download.
 */
package org.fourpermille.hub.membership;
