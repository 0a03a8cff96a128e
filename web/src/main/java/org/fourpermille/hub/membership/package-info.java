/**
 * Pages of membership: the "Join the Initiative" form for applicants (reached again through the emailed
 * link) and the secretariat's queue and review of applications, with the documents they carry; an
 * organisation's own page and the changes waiting for the secretariat; the partner registry page with its
 * CSV download; the directory of organisations for signed-in people, and the public statistics with their
 * CSV download.
 */
package org.fourpermille.hub.membership;
