package org.fourpermille.hub.groups;

import java.io.Serializable;
import java.time.Instant;

/**
 * A consultation as the secretariat types it.
 *
 * @param opensAt null: opens at once
 * @param options one per line
 */
public record ConsultationDraft(String question, String description, Instant opensAt, Instant closesAt,
                                Integer quorumPercent, String options) implements Serializable {
}
