package org.fourpermille.hub.matching;

import java.util.List;

/** A project in an offer's ranking, as the page prints it: every text already in the reader's language. */
public record ProjectResult(int rank, long id, String title, String organisation, String stage, boolean assessed,
                            String fundingSought, int score, List<CriterionLine> lines) {
}
