/**
 * Organisations of the Initiative and their membership: Partner (signed the declaration of intent) or
 * Member (also signed the declaration on governance; non-profit organisations only).
 */
package org.fourpermille.hub.membership;
