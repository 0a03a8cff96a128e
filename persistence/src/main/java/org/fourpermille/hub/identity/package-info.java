/**
 * People who use the platform: accounts with their platform roles and preferred language, the
 * single-use links that set a password (invitation, reset), and the throttle that slows down
 * repeated failed sign-ins across all nodes. The organisation an account represents is an
 * {@link org.fourpermille.hub.identity.Affiliation} here: identity sits below membership and every
 * other feature, and knows none of them.
 */
package org.fourpermille.hub.identity;
