package org.fourpermille.hub.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The main paths walked once in a real headless Chromium, scripts and Content-Security-Policy included.
 * Skipped, saying so, where the machine has no Chromium (CHROME_BIN) or ChromeDriver (CHROMEDRIVER).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT {

    private static final String PASSWORD = "Soil-Carbon-2050";

    @ArquillianResource
    private URL base;

    private WebDriver browser;
    private WebDriverWait wait;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    @BeforeEach
    void openBrowser() throws Exception {
        String chromium = System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium");
        String driver = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");
        Assumptions.assumeTrue(new File(chromium).canExecute() && new File(driver).canExecute(),
                "Browser tests skipped: no Chromium at " + chromium + " or no ChromeDriver at " + driver
                        + " (install the Debian packages chromium and chromium-driver, or set CHROME_BIN and CHROMEDRIVER)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=en-GB", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("hub-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver)).build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void a_visitor_switches_language_signs_in_and_sees_a_dashboard_for_their_roles() throws Exception {
        browser.get(base + "index.xhtml");
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        browser.findElement(By.linkText("Français")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fr"));
        assertTrue(browser.findElement(By.id("homeTitle")).getText().contains("4 pour 1000"));

        signInFromHeader("partner@example.org");
        String dashboard = browser.findElement(By.tagName("main")).getText();
        // partner@ saved English as their language: it wins over the visitor's choice once signed in.
        assertTrue(dashboard.contains("Paul Partner"), dashboard);
        assertTrue(dashboard.contains("Projects Interface"), dashboard);
        String menu = browser.findElement(By.className("hub-nav")).getText();
        assertFalse(menu.contains("Audit log"), "no administration for a partner: " + menu);
        screenshot("dashboard-partner");

        browser.findElement(By.id("signOutForm:signOut")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signInLink")));

        signInFromHeader("admin@example.org");
        String adminMenu = browser.findElement(By.className("hub-nav")).getText();
        assertTrue(adminMenu.contains("Audit log") && adminMenu.contains("Accounts"), adminMenu);
    }

    @Test
    void a_wrong_password_is_explained_on_the_page_and_the_email_stays_typed() {
        browser.get(base + "login.xhtml");
        browser.findElement(By.id("login:email")).sendKeys("secretariat@example.org");
        browser.findElement(By.id("login:password")).sendKeys("wrong-password-here");
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "not right"));
        assertEquals("secretariat@example.org", browser.findElement(By.id("login:email")).getAttribute("value"));
    }

    @Test
    void on_a_phone_the_pages_fit_the_screen_and_keep_their_landmarks() throws Exception {
        browser.manage().window().setSize(new Dimension(375, 812));
        browser.get(base + "index.xhtml");
        long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
        assertTrue(overflow <= 0, "the home page scrolls sideways on a phone by " + overflow + " px");
        assertEquals(1, browser.findElements(By.tagName("main")).size());
        assertFalse(browser.findElements(By.cssSelector("header[role=banner], header")).isEmpty());
        assertFalse(browser.findElements(By.tagName("footer")).isEmpty());
        screenshot("home-phone");
    }

    private void signInFromHeader(String email) {
        browser.findElement(By.id("signInLink")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email"))).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.urlContains("dashboard.xhtml"));
    }

    private void screenshot(String name) throws Exception {
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        Files.write(target.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
