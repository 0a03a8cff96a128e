package org.fourpermille.hub.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class SettingTest {

    @Test
    void environment_variables_follow_the_microprofile_config_mapping() {
        assertEquals("HUB_DB_URL", Setting.DB_URL.environmentVariable());
        assertEquals("HUB_SECURITY_PBKDF2_ITERATIONS", Setting.PASSWORD_ITERATIONS.environmentVariable());
    }

    @Test
    void the_readme_documents_every_setting_with_its_variable_and_default() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("..", "README.md"));
        for (Setting setting : Setting.values()) {
            String shownDefault = setting.defaultValue().isEmpty() ? "(empty)" : "`" + setting.defaultValue() + "`";
            boolean documented = readme.stream().anyMatch(line -> line.startsWith("| `" + setting.key() + "` ")
                    && line.contains("`" + setting.environmentVariable() + "`") && line.contains(shownDefault));
            assertTrue(documented, "README.md settings table lacks a row for " + setting.key()
                    + " with " + setting.environmentVariable() + " and default " + shownDefault);
        }
    }

    @Test
    void duration_defaults_are_valid_iso_durations() {
        for (Setting setting : Setting.values()) {
            if (setting.defaultValue().startsWith("P")) {
                assertTrue(!Duration.parse(setting.defaultValue()).isNegative(), setting.key());
            }
        }
    }

    @Test
    void outside_a_container_a_system_property_overrides_the_default() {
        System.setProperty(Setting.HTTP_PORT.key(), "9999");
        try {
            assertTrue(Setting.HTTP_PORT.isSetOutsideContainer());
            assertEquals("9999", Setting.HTTP_PORT.lookupOutsideContainer());
        } finally {
            System.clearProperty(Setting.HTTP_PORT.key());
        }
        assertEquals(Setting.HTTP_PORT.defaultValue(), Setting.HTTP_PORT.lookupOutsideContainer());
    }
}
