/**
 * Mail: templates in the recipient's language, a transactional outbox, and the delivery job that every
 * node runs and that claims each message once ({@code FOR UPDATE SKIP LOCKED}). Every feature sends
 * through {@link org.fourpermille.hub.shared.mail.Mailer}; it knows none of them.
 */
package org.fourpermille.hub.shared.mail;
