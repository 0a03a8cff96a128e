package org.fourpermille.hub.shared;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No visible string outside the three bundles: every key exists in English, French and Spanish, and every
 * key that a page or a Java class names exists in the bundles.
 */
class BundleCompletenessTest {

    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
    private static final Pattern JAVA_KEY = Pattern.compile(
            "(?:BusinessException|Texts\\.(?:error|info|text))\\((?:[^\"()]*,\\s*)?\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");

    @Test
    void every_key_exists_in_all_three_languages_with_a_text() throws IOException {
        Properties en = load("en");
        for (String language : new String[] {"fr", "es"}) {
            Properties other = load(language);
            Set<String> missing = new TreeSet<>(en.stringPropertyNames());
            missing.removeAll(other.stringPropertyNames());
            assertTrue(missing.isEmpty(), "messages_" + language + " lacks " + missing);
            Set<String> extra = new TreeSet<>(other.stringPropertyNames());
            extra.removeAll(en.stringPropertyNames());
            assertTrue(extra.isEmpty(), "messages_" + language + " has keys English lacks: " + extra);
            Set<String> empty = other.stringPropertyNames().stream()
                    .filter(k -> other.getProperty(k).isBlank()).collect(Collectors.toCollection(TreeSet::new));
            assertTrue(empty.isEmpty(), "messages_" + language + " has empty texts: " + empty);
        }
    }

    @Test
    void every_key_named_by_a_page_exists() throws IOException {
        Properties en = load("en");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher keys = PAGE_KEY.matcher(Files.readString(page));
                while (keys.find()) {
                    if (!en.containsKey(keys.group(1))) {
                        missing.add(keys.group(1) + " (" + page.getFileName() + ")");
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "keys used by pages but missing from the bundles: " + missing);
    }

    @Test
    void every_message_key_named_in_java_exists() throws IOException {
        Properties en = load("en");
        Set<String> missing = new TreeSet<>();
        for (String module : new String[] {"../persistence", "../ejb", "."}) {
            try (Stream<Path> sources = Files.walk(Path.of(module, "src/main/java"))) {
                for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                    // Javadoc examples are not texts the user sees.
                    Matcher keys = JAVA_KEY.matcher(Files.readString(source).replaceAll("(?s)/\\*.*?\\*/", ""));
                    while (keys.find()) {
                        if (!en.containsKey(keys.group(1))) {
                            missing.add(keys.group(1) + " (" + source.getFileName() + ")");
                        }
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "message keys named in Java but missing from the bundles: " + missing);
    }

    @Test
    void every_mail_template_is_written_in_all_three_languages() throws IOException {
        Properties en = loadMail("en");
        for (String language : new String[] {"fr", "es"}) {
            Set<String> missing = new TreeSet<>(en.stringPropertyNames());
            missing.removeAll(loadMail(language).stringPropertyNames());
            assertTrue(missing.isEmpty(), "mail_" + language + " lacks " + missing);
        }
    }

    private static Properties load(String language) throws IOException {
        return read(Path.of("src/main/resources/i18n/messages_" + language + ".properties"));
    }

    private static Properties loadMail(String language) throws IOException {
        return read(Path.of("../ejb/src/main/resources/org/fourpermille/hub/shared/mail/mail_" + language + ".properties"));
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file); Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
