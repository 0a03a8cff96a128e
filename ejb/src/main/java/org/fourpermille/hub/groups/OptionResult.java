package org.fourpermille.hub.groups;

import java.io.Serializable;

/** How many organisations chose one option, once the consultation is closed. */
public record OptionResult(long optionId, String label, long votes) implements Serializable {
}
