package org.fourpermille.hub.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (Deque's accessibility rules, from its WebJar) run inside the page a browser test shows. The script is
 * given to the page through WebDriver, which the page's Content-Security-Policy does not govern, so the pages keep
 * the policy they send to people.
 */
final class Axe {

    private static final String SCRIPT = load();

    /** Serious and critical findings only: the bar the platform holds itself to (issue 18). */
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ['violations'] })
               .then(r => done(r.violations
                   .filter(v => v.impact === 'serious' || v.impact === 'critical')
                   .flatMap(v => v.nodes.map(n => v.impact + ' ' + v.id + ' at ' + n.target.join(' ') + ': ' + v.help
                       + ' | ' + n.html.substring(0, 240)))))
               .catch(e => done(['axe failed: ' + e]));
            """;

    private Axe() {
    }

    /** The serious and critical findings on the page now shown, one line each: impact, rule id, target, help. */
    @SuppressWarnings("unchecked")
    static List<String> seriousFindings(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(SCRIPT + "\n;window.axe = axe;");
        }
        Object found = js.executeAsyncScript(RUN);
        return ((List<Object>) found).stream().map(String::valueOf).collect(Collectors.toList());
    }

    private static String load() {
        String version;
        try (InputStream pom = Axe.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            if (pom == null) {
                throw new IllegalStateException("the axe-core WebJar is not on the test class path (see web/pom.xml)");
            }
            Properties properties = new Properties();
            properties.load(pom);
            version = properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String path = "/META-INF/resources/webjars/axe-core/" + version + "/axe.min.js";
        try (InputStream script = Axe.class.getResourceAsStream(path)) {
            if (script == null) {
                throw new IllegalStateException("no " + path + " in the axe-core WebJar");
            }
            return new String(script.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For the failure message: page → its findings. */
    static String describe(Map<String, List<String>> findings) {
        return findings.entrySet().stream()
                .map(e -> e.getKey() + "\n    " + String.join("\n    ", e.getValue()))
                .collect(Collectors.joining("\n"));
    }
}
