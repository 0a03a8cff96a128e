package org.fourpermille.hub.membership;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The columns of the registry file, in the order the export writes them. A header cell names a column by
 * its English name or by a French or Spanish alias, ignoring case, accents, spaces and punctuation
 * ("Joined on", "Date d'adhésion" and "fecha_de_adhesion" all name {@link #JOINED_ON}).
 */
public enum RegistryColumn {
    NAME("name", true, "nom", "nombre", "organisation", "organization", "organizacion"),
    ACRONYM("acronym", false, "sigle", "acronyme", "sigla", "acronimo"),
    TYPE("type", true, "tipo", "type_d_organisation", "tipo_de_organizacion"),
    COUNTRY("country", true, "pays", "pais"),
    WEBSITE("website", false, "web_site", "site_web", "site_internet", "sitio_web", "web", "url"),
    LEVEL("level", false, "niveau", "nivel"),
    JOINED_ON("joined_on", true, "joined", "date_d_adhesion", "date_adhesion", "adhesion", "fecha_de_adhesion",
            "fecha_adhesion"),
    LEGAL_STATUS("legal_status", false, "statut_juridique", "forme_juridique", "estatus_juridico", "estatuto_juridico",
            "situacion_juridica", "forma_juridica"),
    STATUS("status", false, "statut", "estado"),
    /**
     * Written by the export so that a spreadsheet can be filtered by world region; derived from the
     * country, so the import accepts the column and ignores its values.
     */
    REGION("region", false);

    private final String header;
    private final boolean required;
    private final Set<String> aliases;

    RegistryColumn(String header, boolean required, String... aliases) {
        this.header = header;
        this.required = required;
        this.aliases = Set.of(aliases);
    }

    /** The English name, as the export writes it. */
    public String header() {
        return header;
    }

    public boolean isRequired() {
        return required;
    }

    /** Whether the import reads the values of this column (the export-only columns are accepted and ignored). */
    public boolean isImported() {
        return this != REGION;
    }

    /** The column a header cell names, if any. */
    public static Optional<RegistryColumn> named(String headerCell) {
        String key = headerKey(headerCell);
        for (RegistryColumn column : values()) {
            if (column.header.equals(key) || column.aliases.contains(key)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    private static String headerKey(String cell) {
        String folded = Normalizer.normalize(cell, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
