/**
 * Organisations of the Initiative and their membership: Partner (signed the declaration of intent) or
 * Member (also signed the declaration on governance; non-profit organisations only); their type and so
 * their College, their applications, timeline and changes waiting for approval. An organisation is the
 * {@code Affiliation} of the accounts that represent it.
 */
package org.fourpermille.hub.membership;
