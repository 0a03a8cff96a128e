/**
 * Pages of membership: the "Join the Initiative" form for applicants (reached again through the emailed
 * link) and the secretariat's queue and review of applications, with the documents they carry; the
 * directory of organisations for signed-in people, and the public statistics with their CSV download.
 */
package org.fourpermille.hub.membership;
