package org.fourpermille.hub.shared;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * After "changed meanwhile": what someone else saved while a person was editing, shown beside the form
 * that keeps what the person typed. The page takes the saved version, so saving again is a knowing
 * choice to replace the other person's change, instead of a refusal repeated until a reload.
 */
public final class ChangedMeanwhile {

    /** One field whose saved value differs from what the person typed: its label and the saved value, as shown. */
    public record Difference(String label, String saved) implements Serializable {
        private static final long serialVersionUID = 1L;

        /** Whether something is saved in that field now (else the notice says "empty"). */
        public boolean hasSaved() {
            return saved != null && !saved.isBlank();
        }
    }

    private ChangedMeanwhile() {
    }

    /** Whether a refusal is the one of a concurrent change (a version that is no longer the saved one). */
    public static boolean is(BusinessException refusal) {
        return ConcurrentChange.MESSAGE_KEY.equals(refusal.messageKey());
    }

    /**
     * The fields, in the order of {@code typed}, whose saved value differs. Both maps go from a field's
     * label to its value, both as the page shows them in the reader's language.
     */
    public static List<Difference> between(Map<String, String> typed, Map<String, String> saved) {
        List<Difference> differences = new ArrayList<>();
        typed.forEach((label, value) -> {
            String now = saved.get(label);
            if (!Objects.equals(blankAsNull(value), blankAsNull(now))) {
                differences.add(new Difference(label, now));
            }
        });
        return differences;
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
