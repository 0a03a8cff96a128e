/**
 * The web tier's common parts, which know no feature: layout and navigation by role, the language a request
 * is read in ({@code UserPreferences}, without a session for anonymous visitors), time zone choices, messages
 * from business exceptions, the edge of every request ({@code RequestFilter}: security headers, methods,
 * control characters, upload limit, the operator's metrics), safe local targets ({@code LocalPath}), error
 * pages with their statuses, "changed meanwhile", session ids, the audit log page and health checks.
 */
package org.fourpermille.hub.shared;
