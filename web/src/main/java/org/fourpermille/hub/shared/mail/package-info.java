/** The administrator's page of outgoing mail: what left, what waits, what failed, and each text with its links. */
package org.fourpermille.hub.shared.mail;
