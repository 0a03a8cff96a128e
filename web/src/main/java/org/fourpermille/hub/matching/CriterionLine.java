package org.fourpermille.hub.matching;

/**
 * One criterion of a ranked result as the page prints it, every text already in the reader's language.
 *
 * @param criterion the criterion's constant name
 * @param outcome   met, open, partly or missed: the CSS class and what tests read
 */
public record CriterionLine(String criterion, String label, String outcome, String outcomeLabel, String weight, String detail) {
}
