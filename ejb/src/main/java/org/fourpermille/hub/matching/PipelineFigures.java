package org.fourpermille.hub.matching;

import java.math.BigDecimal;
import java.util.List;

/**
 * A pipeline: per offer, how many interests wait for an answer, how many conversations are open, how many
 * ended in an agreement (and their total in euros at the secretariat's rates) or were not pursued; and the
 * totals of all lines.
 */
public record PipelineFigures(List<Line> lines, Line total) {

    /** One offer's figures ({@code offerId} null for the total line). */
    public record Line(Long offerId, String offerTitle, String organisationName, long pending, long conversations,
                       long agreements, BigDecimal agreedEur, long notPursued, long declined) {
    }
}
