package org.fourpermille.hub.matching;

import java.util.List;

/** An offer in a project's ranking, as the page prints it: every text already in the reader's language. */
public record OfferResult(int rank, long id, String title, String language, String organisation, List<String> instruments,
                          String ticket, String deadline, int score, List<CriterionLine> lines) {
}
