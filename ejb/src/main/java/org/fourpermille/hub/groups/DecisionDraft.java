package org.fourpermille.hub.groups;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A decision as the secretariat types it into the register's form.
 *
 * @param links one per line, "title | address" (inside the platform, or https)
 */
public record DecisionDraft(String reference, String resolution, LocalDate decidedOn, String links) implements Serializable {
}
