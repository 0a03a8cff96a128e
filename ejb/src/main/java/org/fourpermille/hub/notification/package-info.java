/**
 * Mail: templates in the recipient's language, a transactional outbox, and the delivery job that every
 * node runs and that claims each message once ({@code FOR UPDATE SKIP LOCKED}).
 */
package org.fourpermille.hub.notification;
