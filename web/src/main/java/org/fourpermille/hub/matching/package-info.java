/**
 * Pages of project matching shared by both sides. A project and a support offer are the two sides of one
 * idea, so what they have in common is written once here: the criteria fields of their forms
 * ({@link org.fourpermille.hub.matching.CriteriaFields}, shown by the includes in
 * {@code WEB-INF/includes/matching/criteria}), the bases of their form, page and list beans
 * ({@link org.fourpermille.hub.matching.EditorBacking}, {@link org.fourpermille.hub.matching.ListingBacking},
 * {@link org.fourpermille.hub.matching.ListingsBacking}), and the one ranking page behind
 * {@code /matching/project.xhtml} and {@code /matching/offer.xhtml}
 * ({@link org.fourpermille.hub.matching.MatchesBacking}). Also the secretariat's reference data and weights and
 * the marketplace on the Projects Interface's front page. Each side's own pages are in the sub-packages
 * {@code projects}, {@code offers}, {@code interests} and {@code assessment}, named as the pages' folders.
 */
package org.fourpermille.hub.matching;
