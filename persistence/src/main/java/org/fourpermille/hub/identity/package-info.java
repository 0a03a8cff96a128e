/**
 * People who use the platform: accounts with their platform roles and preferred language, the
 * single-use links that set a password (invitation, reset), and the throttle that slows down
 * repeated failed sign-ins across all nodes.
 */
package org.fourpermille.hub.identity;
