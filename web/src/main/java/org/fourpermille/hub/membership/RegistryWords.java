package org.fourpermille.hub.membership;

import org.fourpermille.hub.shared.SupportedLocale;
import org.fourpermille.hub.shared.Texts;

/**
 * The labels of types, levels and legal statuses in the three languages, as a registry file may use
 * them instead of the codes ("Entreprise", "Miembro"). They come from the bundles, which live in this
 * tier, so the pages hand them to {@link RegistryImport}.
 */
final class RegistryWords {

    private static final RegistryLabels LABELS = build();

    private RegistryWords() {
    }

    static RegistryLabels labels() {
        return LABELS;
    }

    private static RegistryLabels build() {
        RegistryLabels labels = RegistryLabels.empty();
        for (SupportedLocale language : SupportedLocale.values()) {
            for (OrganisationType type : OrganisationType.values()) {
                labels = labels.with(RegistryColumn.TYPE, type.name(),
                        Texts.text(language.locale(), "organisationType." + type.name()));
            }
            for (MembershipLevel level : MembershipLevel.values()) {
                labels = labels.with(RegistryColumn.LEVEL, level.name(), Texts.text(language.locale(), "level." + level.name()));
            }
            for (LegalStatus status : LegalStatus.values()) {
                labels = labels.with(RegistryColumn.LEGAL_STATUS, status.name(),
                        Texts.text(language.locale(), "legalStatus." + status.name()));
            }
        }
        return labels;
    }
}
