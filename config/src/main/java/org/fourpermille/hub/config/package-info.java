/**
 * Every setting of the platform, typed and documented in one place ({@link org.fourpermille.hub.config.Setting}).
 * Values come from MicroProfile Config, so system properties and environment variables override the defaults.
 */
package org.fourpermille.hub.config;
