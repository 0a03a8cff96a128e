/**
 * Mail to people: every message is first a row of {@code outgoing_mail}, written in the same transaction
 * as the change it reports, then delivered by whichever node claims it. Nothing is lost when a node stops.
 * Every feature writes mail through it; it knows none of them.
 */
package org.fourpermille.hub.shared.mail;
