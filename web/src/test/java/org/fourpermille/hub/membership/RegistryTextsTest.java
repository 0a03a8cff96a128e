package org.fourpermille.hub.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.fourpermille.hub.shared.SupportedLocale;
import org.fourpermille.hub.shared.Texts;
import org.junit.jupiter.api.Test;

/**
 * The registry's texts whose keys are built in code (the bundle test cannot see them), and the labels a
 * registry file may use for types, levels and legal statuses: each in each language names its own value.
 */
class RegistryTextsTest {

    @Test
    void every_problem_and_column_has_its_text_in_the_three_languages() throws IOException {
        for (SupportedLocale language : SupportedLocale.values()) {
            Properties texts = new Properties();
            try (Reader reader = Files.newBufferedReader(
                    Path.of("src/main/resources/i18n/messages_" + language.tag() + ".properties"), StandardCharsets.UTF_8)) {
                texts.load(reader);
            }
            for (RegistryProblem.Kind kind : RegistryProblem.Kind.values()) {
                assertTrue(texts.containsKey(kind.key()), kind.key() + " in " + language);
            }
            for (RegistryColumn column : RegistryColumn.values()) {
                assertTrue(texts.containsKey("registry.column." + column.name()), column + " in " + language);
            }
        }
    }

    @Test
    void every_label_of_a_type_level_or_legal_status_in_each_language_names_that_value() {
        RegistryLabels labels = RegistryWords.labels();
        for (SupportedLocale language : SupportedLocale.values()) {
            for (OrganisationType type : OrganisationType.values()) {
                String label = Texts.text(language.locale(), "organisationType." + type.name());
                assertEquals(type, labels.resolve(RegistryColumn.TYPE, OrganisationType.class, label).orElse(null), label);
            }
            for (MembershipLevel level : MembershipLevel.values()) {
                String label = Texts.text(language.locale(), "level." + level.name());
                assertEquals(level, labels.resolve(RegistryColumn.LEVEL, MembershipLevel.class, label).orElse(null), label);
            }
            for (LegalStatus status : LegalStatus.values()) {
                String label = Texts.text(language.locale(), "legalStatus." + status.name());
                assertEquals(status, labels.resolve(RegistryColumn.LEGAL_STATUS, LegalStatus.class, label).orElse(null), label);
            }
        }
    }
}
