/**
 * The web side of identity: the authentication mechanism and identity store (Jakarta Security over
 * {@code SignInService}), sign-in and sign-out, password pages, account settings and the administrator's
 * account pages.
 */
package org.fourpermille.hub.identity;
