package org.fourpermille.hub.membership;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words a registry file may use for the values of a coded column (type, level, legal status, status)
 * besides the constant's own name: the labels the platform shows in English, French and Spanish. They
 * live in the web tier's bundles, so the web tier hands them over ({@code RegistryLabels.empty()} accepts
 * the constants' names only). Compared like names: no case, accents or punctuation; a label two
 * constants share is ignored rather than guessed.
 *
 * <p>Usage: {@code RegistryLabels.empty().with(RegistryColumn.TYPE, "PRIVATE_COMPANY", "Entreprise")}
 */
public final class RegistryLabels implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<RegistryColumn, Map<String, String>> labels;
    private final Set<String> ambiguous;

    private RegistryLabels(Map<RegistryColumn, Map<String, String>> labels, Set<String> ambiguous) {
        this.labels = labels;
        this.ambiguous = ambiguous;
    }

    public static RegistryLabels empty() {
        return new RegistryLabels(new HashMap<>(), new HashSet<>());
    }

    /** These labels plus {@code label} for the constant {@code constant} of {@code column}. */
    public RegistryLabels with(RegistryColumn column, String constant, String label) {
        Map<RegistryColumn, Map<String, String>> copy = new HashMap<>();
        labels.forEach((c, m) -> copy.put(c, new HashMap<>(m)));
        Set<String> stillAmbiguous = new HashSet<>(ambiguous);
        String key = ApplicationForm.nameKey(label);
        Map<String, String> ofColumn = copy.computeIfAbsent(column, c -> new HashMap<>());
        String before = ofColumn.putIfAbsent(key, constant);
        if (before != null && !before.equals(constant)) {
            stillAmbiguous.add(column + ":" + key);
        }
        return new RegistryLabels(copy, stillAmbiguous);
    }

    /** The constant of {@code type} that {@code value} names, by its name or one of its labels. */
    <E extends Enum<E>> Optional<E> resolve(RegistryColumn column, Class<E> type, String value) {
        String key = ApplicationForm.nameKey(value);
        for (E constant : type.getEnumConstants()) {
            if (ApplicationForm.nameKey(constant.name()).equals(key)) {
                return Optional.of(constant);
            }
        }
        if (ambiguous.contains(column + ":" + key)) {
            return Optional.empty();
        }
        return Optional.ofNullable(labels.getOrDefault(column, Map.of()).get(key)).map(name -> Enum.valueOf(type, name));
    }
}
