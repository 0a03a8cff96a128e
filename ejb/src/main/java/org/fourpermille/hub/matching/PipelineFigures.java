package org.fourpermille.hub.matching;

import java.math.BigDecimal;
import java.util.List;

/**
 * A pipeline: per offer (and again per stage of the projects concerned), how many interests wait for an answer, how many conversations are open, how many
 * ended in an agreement (and their total in euros at the secretariat's rates) or were not pursued; and the
 * totals of all lines.
 */
public record PipelineFigures(List<Line> lines, List<StageLine> stages, Line total) {

    /** The figures of the interests whose project is at {@code stage} (its {@code line} has no offer). */
    public record StageLine(ProjectStage stage, Line line) {
    }

    /** One offer's figures ({@code offerId} null for the total line). */
    public record Line(Long offerId, String offerTitle, String organisationName, long pending, long conversations,
                       long agreements, BigDecimal agreedEur, long notPursued, long declined) {
    }
}
