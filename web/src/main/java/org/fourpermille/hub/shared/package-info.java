/**
 * The web tier's common parts, which know no feature: layout and navigation by role, language choice
 * (announced as {@code LanguageChosen}), time zone choices, messages from business exceptions, security
 * headers, error pages, the audit log page and health checks.
 */
package org.fourpermille.hub.shared;
