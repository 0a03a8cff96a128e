/**
 * The web tier's common parts: layout and navigation by role, language choice, messages from business
 * exceptions, security headers, error pages and health checks.
 */
package org.fourpermille.hub.shared;
