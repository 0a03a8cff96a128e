/**
 * The pages under {@code /projects}: the list, a project, its form, the showcase, and the dashboard's investment
 * opportunities. What a project shares with an offer is in the parent package.
 */
package org.fourpermille.hub.matching.projects;
