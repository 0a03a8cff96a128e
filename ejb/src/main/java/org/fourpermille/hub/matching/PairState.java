package org.fourpermille.hub.matching;

import java.io.Serializable;
import java.time.Instant;

/**
 * Where a project and an offer stand with each other, as a match card shows it: an interest still open
 * (pending, or accepted and without an outcome) since it was expressed, or an agreement since it was
 * recorded. While either holds no second interest can be expressed for the pair.
 */
public record PairState(long interestId, boolean agreed, Instant since) implements Serializable {

    private static final long serialVersionUID = 1L;
}
