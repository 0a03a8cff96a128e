/**
 * The web side of identity: the authentication mechanism and identity store (Jakarta Security over
 * {@code SignInService}), sign-in and sign-out, password pages, account settings and the administrator's
 * account pages; it saves a signed-in person's language buttons (a POST) to their account ({@code LanguageSwitchBacking}).
 */
package org.fourpermille.hub.identity;
