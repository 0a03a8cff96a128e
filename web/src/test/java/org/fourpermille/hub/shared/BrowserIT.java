package org.fourpermille.hub.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import jakarta.mail.internet.MimeMessage;

import org.fourpermille.hub.shared.mail.MailTemplate;
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
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The main paths walked once in a real headless Chromium, scripts and Content-Security-Policy included.
 * Skipped, saying so, where the machine has no Chromium (CHROME_BIN) or ChromeDriver (CHROMEDRIVER).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT {

    private static final String PASSWORD = "Soil-Carbon-2050";
    private static final Pattern REFERENCE = Pattern.compile("APP-\\d{4}-\\d{5}");
    /** Minimal, but a PDF by its content: the platform checks uploads with Tika, not by their name. */
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

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

    @Test
    void on_a_phone_the_menu_waits_behind_a_button_that_works_with_the_keyboard() throws Exception {
        signInInEnglish("partner@example.org");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(base + "groups/index.xhtml");
        WebElement toggle = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("menuToggle")));
        WebElement menu = browser.findElement(By.id("mainMenu"));
        assertEquals("mainMenu", toggle.getAttribute("aria-controls"));
        assertEquals("false", toggle.getAttribute("aria-expanded"));
        assertFalse(menu.isDisplayed(), "the menu starts closed on a phone");
        long innerHeight = (Long) ((JavascriptExecutor) browser).executeScript("return window.innerHeight;");
        long chrome = (Long) ((JavascriptExecutor) browser).executeScript(
                "return Math.round(document.querySelector('.hub-nav').getBoundingClientRect().bottom);");
        assertTrue(chrome * 4 <= innerHeight, "header and closed menu take " + chrome + " of " + innerHeight + " px");
        screenshot("menu-phone-closed");

        ((JavascriptExecutor) browser).executeScript("arguments[0].focus();", toggle);
        toggle.sendKeys(org.openqa.selenium.Keys.ENTER);
        wait.until(ExpectedConditions.attributeToBe(toggle, "aria-expanded", "true"));
        assertTrue(menu.isDisplayed());
        WebElement groups = menu.findElement(By.linkText(Bundle.text("en", "nav.groups")));
        assertTrue(groups.isDisplayed(), menu.getText());
        screenshot("menu-phone-open");
        groups.sendKeys(org.openqa.selenium.Keys.ESCAPE);
        wait.until(ExpectedConditions.attributeToBe(toggle, "aria-expanded", "false"));
        assertEquals(toggle, browser.switchTo().activeElement(), "Escape closes the menu and returns to its button");
        toggle.sendKeys(" ");
        wait.until(ExpectedConditions.attributeToBe(toggle, "aria-expanded", "true"));

        // On a wide screen the menu is always shown and needs no button.
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(base + "groups/index.xhtml");
        assertTrue(browser.findElement(By.id("mainMenu")).isDisplayed());
        assertFalse(browser.findElement(By.id("menuToggle")).isDisplayed());
    }

    @Test
    void radio_buttons_sit_beside_their_labels_and_the_time_zone_picker_finds_a_city() throws Exception {
        for (int width : new int[] {360, 1280}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            browser.get(base + "join/application.xhtml?lang=en");
            for (WebElement radio : browser.findElements(By.cssSelector("input[name='join:level']"))) {
                WebElement label = browser.findElement(By.cssSelector("label[for='" + radio.getAttribute("id") + "']"));
                org.openqa.selenium.Rectangle box = radio.getRect();
                org.openqa.selenium.Rectangle text = label.getRect();
                assertTrue(text.getX() >= box.getX() + box.getWidth() - 1
                                && Math.abs((box.getY() + box.getHeight() / 2) - (text.getY() + text.getHeight() / 2)) <= 12,
                        "at " + width + " px the radio " + box + " is not beside its label " + text);
            }
        }

        // An account of its own: the demo accounts' zones matter to other classes.
        String reader = "zone.reader." + System.nanoTime() + "@example.net";
        TestEnvironment.createAccount(reader, "Zoé Zone", "en", "SECRETARIAT");
        signInInEnglish(reader);
        browser.get(base + "account/settings.xhtml");
        Select zone = new Select(browser.findElement(By.id("timeZone:zone")));
        String own = (String) ((JavascriptExecutor) browser).executeScript("return Intl.DateTimeFormat().resolvedOptions().timeZone;");
        assertEquals(own, browser.findElement(By.cssSelector("select[id='timeZone:zone'] optgroup option")).getAttribute("value"),
                "the browser's own zone comes first");
        WebElement filter = browser.findElement(By.id("timeZone:zone_filter"));
        assertEquals(Bundle.text("en", "timeZone.filter"),
                browser.findElement(By.cssSelector("label[for='timeZone:zone_filter']")).getText());
        filter.sendKeys("paris");
        // WebDriver calls every option of a shown select displayed: ask the page which ones the filter left.
        @SuppressWarnings("unchecked")
        List<String> shown = ((List<Object>) ((JavascriptExecutor) browser).executeScript(
                "return [...document.getElementById('timeZone:zone').options].filter(o => !o.hidden && o.value).map(o => o.value);"))
                .stream().map(String::valueOf).distinct().toList();
        assertEquals(List.of("Europe/Paris"), shown);
        assertEquals("Europe / Paris", zone.getFirstSelectedOption().getText());
        clickAndWaitForNewPage(By.id("timeZone:saveZone"));
        assertTrue(main().contains(Bundle.text("en", "settings.timeZone.saved")), main());
        assertEquals("Europe/Paris", new Select(browser.findElement(By.id("timeZone:zone"))).getFirstSelectedOption().getAttribute("value"));
    }

    @Test
    void an_organisation_applies_answers_the_secretariat_is_approved_and_its_representative_lands_in_its_college()
            throws Exception {
        String organisation = "Walk-through Soil Institute";
        String email = "walk.applicant@example.net";
        Path files = Files.createTempDirectory("hub-walk");
        Path declaration = Files.write(files.resolve("declaration.pdf"), PDF);
        Path statutes = Files.write(files.resolve("statutes.pdf"), PDF);
        Path logo = files.resolve("logo.png");
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0x2e7d32);
        ImageIO.write(image, "png", logo.toFile());

        // 1. An anonymous visitor fills in the form, saves the draft, uploads the documents and submits.
        browser.get(base + "join/application.xhtml");
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        browser.findElement(By.id("join:organisationName")).sendKeys(organisation);
        new Select(browser.findElement(By.id("join:type"))).selectByValue("RESEARCH_EDUCATION");
        new Select(browser.findElement(By.id("join:country"))).selectByValue("NZ");
        new Select(browser.findElement(By.id("join:legalStatus"))).selectByValue("NON_PROFIT");
        browser.findElement(By.cssSelector("input[name='join:level'][value='PARTNER']")).click();
        browser.findElement(By.id("join:applicantName")).sendKeys("Aroha Walker");
        browser.findElement(By.id("join:applicantFunction")).sendKeys("Research officer");
        browser.findElement(By.id("join:applicantEmail")).sendKeys(email);
        browser.findElement(By.id("join:signatoryName")).sendKeys("Tama Walker");
        browser.findElement(By.id("join:signatoryFunction")).sendKeys("Director");
        browser.findElement(By.id("join:signatoryEmail")).sendKeys("walk.signatory@example.net");
        browser.findElement(By.id("join:save")).click();
        wait.until(ExpectedConditions.urlContains("key="));
        String firstLink = browser.getCurrentUrl();
        assertTrue(main().contains(Bundle.text("en", "join.saved.first")), main());

        upload("DECLARATION_INTENT", declaration);
        upload("LEGAL_PROOF", statutes);
        upload("LOGO", logo);
        assertTrue(browser.findElements(By.cssSelector("li.hub-missing")).isEmpty(), "nothing is missing any more: " + main());
        clickAndWaitForNewPage(By.id("join:submit"));
        String reference = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reference"))).getText();
        assertTrue(REFERENCE.matcher(reference).matches(), reference);
        assertTrue(main().contains(Bundle.text("en", "join.submitted", reference)), main());
        assertTrue(browser.findElements(By.id("join")).isEmpty(), "a submitted application is no longer editable");
        screenshot("walk-1-submitted");

        // 2. The secretariat (who reads French) finds it in the filtered queue and asks for information.
        asAnotherPerson();
        saveLanguage("secretariat@example.org", "FR"); // the demo's; other classes may have changed it
        signInFromHeader("secretariat@example.org");
        browser.get(base + "secretariat/applications.xhtml");
        new Select(browser.findElement(By.id("filter:status"))).selectByValue("SUBMITTED");
        new Select(browser.findElement(By.id("filter:country"))).selectByValue("NZ");
        clickAndWaitForNewPage(By.id("filter:applyFilter"));
        wait.until(ExpectedConditions.urlContains("country=NZ"));
        browser.findElement(By.cssSelector("tr[data-reference='" + reference + "'] a")).click();
        wait.until(ExpectedConditions.urlContains("secretariat/application.xhtml?id="));
        String review = browser.getCurrentUrl();
        assertEquals(organisation, browser.findElement(By.id("organisationName")).getText());
        browser.findElement(By.id("infoForm:note")).sendKeys("Please add the acronym of the institute.");
        clickAndWaitForNewPage(By.id("infoForm:requestInformation"));
        assertStatus("INFO_REQUESTED");
        assertTrue(main().contains(Bundle.text("fr", "review.done.infoRequested", reference)), main());
        screenshot("walk-2-information-requested");

        // 3. The applicant answers through the new link of the mail and submits again.
        MimeMessage question = Mailbox.awaitMessage(email,
                mailSubject(MailTemplate.APPLICATION_INFO_REQUESTED, "Aroha Walker", organisation, reference), 0);
        String newLink = base + Mailbox.link(question);
        assertFalse(newLink.equals(firstLink), "the request for information comes with a new link");
        asAnotherPerson();
        browser.get(firstLink);
        assertTrue(browser.findElement(By.id("joinProblem")).isDisplayed(), "the first link no longer works: " + main());
        assertTrue(browser.findElements(By.id("join")).isEmpty(), main());
        browser.get(newLink);
        assertEquals("Please add the acronym of the institute.", browser.findElement(By.id("infoRequestText")).getText());
        WebElement acronym = browser.findElement(By.id("join:acronym"));
        acronym.clear();
        acronym.sendKeys("WSI");
        assertEquals(Bundle.text("en", "join.resubmit"), browser.findElement(By.id("join:submit")).getText());
        clickAndWaitForNewPage(By.id("join:submit"));
        assertTrue(main().contains(Bundle.text("en", "join.submitted", reference)), main());
        assertEquals(Bundle.text("en", "applicationStatus.SUBMITTED"),
                browser.findElement(By.cssSelector("#statusText strong")).getText());
        screenshot("walk-3-resubmitted");

        // 4. The secretariat recommends it, with the signature checked, and records the Bureau's approval.
        asAnotherPerson();
        signInFromHeader("secretariat@example.org");
        browser.get(review);
        assertTrue(main().contains("WSI"), "the answer reached the secretariat: " + main());
        browser.findElement(By.id("recommendForm:signatureChecked")).click();
        browser.findElement(By.id("recommendForm:note")).sendKeys("Declaration signed by the director.");
        clickAndWaitForNewPage(By.id("recommendForm:recommend"));
        assertStatus("RECOMMENDED");

        browser.findElement(By.cssSelector("input[name='decisionForm:outcome'][value='APPROVE']")).click();
        new Select(browser.findElement(By.id("decisionForm:body"))).selectByValue("BUREAU");
        assertEquals(LocalDate.now().toString(), browser.findElement(By.id("decisionForm:decidedOn")).getAttribute("value"),
                "the decision date is today unless the secretariat changes it");
        browser.findElement(By.id("decisionForm:signatureChecked")).click();
        browser.findElement(By.id("decisionForm:note")).sendKeys("Approved by the Bureau at its monthly meeting.");
        clickAndWaitForNewPage(By.id("decisionForm:decide"));
        assertStatus("APPROVED");
        assertEquals(Bundle.text("fr", "applicationStatus.APPROVED"), browser.findElement(By.id("applicationStatus")).getText());
        assertTrue(main().contains(Bundle.text("fr", "review.done.approved", reference)), main());
        screenshot("walk-4-approved");

        // 5. The applicant chooses a password from the welcome mail and signs in to their College.
        MimeMessage welcome = Mailbox.awaitMessage(email,
                mailSubject(MailTemplate.MEMBERSHIP_APPROVED, "Aroha Walker", organisation), 0);
        asAnotherPerson();
        browser.get(base + Mailbox.link(welcome));
        String newPassword = "Roots-in-a-real-browser-2031";
        browser.findElement(By.id("setPassword:password")).sendKeys(newPassword);
        browser.findElement(By.id("setPassword:confirm")).sendKeys(newPassword);
        browser.findElement(By.id("setPassword:submit")).click();
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        assertTrue(main().contains(Bundle.text("en", "password.set.done")), main());
        signInFromHeader(email, newPassword);

        assertEquals(organisation, browser.findElement(By.id("organisation")).getText());
        String groups = browser.findElement(By.id("myGroups")).getText();
        // The names as V2__insert_groups.sql gives them: a research body is in its College, a Partner not in the Consortium.
        assertTrue(groups.contains("College of research and education bodies"), groups);
        assertFalse(groups.contains("Consortium of Members"), groups);
        assertFalse(browser.findElements(By.id("taskPartner")).isEmpty(), main());
        assertTrue(browser.findElements(By.id("taskMember")).isEmpty(), main());
        screenshot("walk-5-dashboard-new-partner");
    }

    @Test
    void a_partner_joins_an_interface_posts_and_shares_a_document_a_member_replies_and_the_consortium_stays_closed()
            throws Exception {
        browser.get(base + "index.xhtml?lang=en");
        signInFromHeader("partner@example.org");
        // 1. partner@ finds the Research Interface among the groups and joins it.
        browser.findElement(By.linkText("Groups")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("groups")));
        browser.findElement(By.linkText("Research Interface")).click();
        clickAndWaitForNewPage(By.id("joinForm:join"));
        assertTrue(main().contains("Welcome to the group."), main());
        String groupPage = browser.getCurrentUrl();

        // 2. A topic in its forum.
        browser.findElement(By.id("tabForum")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("newTopic:title")))
                .sendKeys("Measuring SOC at 30 cm in sandy soils");
        browser.findElement(By.id("newTopic:body")).sendKeys("Which sampling protocol do you use for sandy soils?");
        clickAndWaitForNewPage(By.id("newTopic:start"));
        assertEquals("Measuring SOC at 30 cm in sandy soils", browser.findElement(By.id("topicTitle")).getText(), main());
        String topicPage = browser.getCurrentUrl();

        // 3. A document in its library: the file uploads at once, then the form publishes it.
        browser.get(groupPage);
        browser.findElement(By.id("tabDocuments")).click();
        Path protocol = Files.createTempDirectory("hub-doc").resolve("sampling-protocol.pdf");
        Files.write(protocol, PDF);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("uploadForm:file_input")))
                .sendKeys(protocol.toAbsolutePath().toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("uploadForm:staged"), "sampling-protocol.pdf"));
        browser.findElement(By.id("uploadForm:title")).sendKeys("Sampling protocol for sandy soils");
        clickAndWaitForNewPage(By.id("uploadForm:publish"));
        assertTrue(main().contains("Sampling protocol for sandy soils"), main());
        screenshot("group-documents");

        // 4. expert@, also in the Research Interface, replies in the topic.
        browser.findElement(By.id("signOutForm:signOut")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signInLink")));
        signInFromHeader("expert@example.org");
        browser.get(topicPage);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("replyForm:body")))
                .sendKeys("We take four cores per plot with a split tube, down to 30 cm.");
        clickAndWaitForNewPage(By.id("replyForm:send"));
        assertTrue(main().contains("We take four cores per plot"), main());

        // 5. partner@ reads the reply, and finds the Consortium closed whichever way they try.
        browser.findElement(By.id("signOutForm:signOut")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signInLink")));
        signInFromHeader("partner@example.org");
        browser.get(topicPage);
        assertTrue(main().contains("We take four cores per plot"), main());
        browser.findElement(By.linkText("Groups")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("groups")));
        browser.findElement(By.linkText("Consortium of Members")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("standing")));
        assertTrue(browser.findElements(By.id("tabForum")).isEmpty(), "no section of the Consortium for a Partner: " + main());
        String consortium = browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        browser.get(base + "groups/forum.xhtml?group=" + consortium);
        assertTrue(browser.getTitle().contains("not found") || main().contains("does not exist"), main());
        browser.get(base + "groups/documents.xhtml?group=" + consortium);
        assertTrue(main().contains("does not exist"), main());
        screenshot("consortium-closed");
    }

    @Test
    void a_partner_proposes_a_project_a_funder_publishes_an_offer_that_is_ranked_and_explained_and_interest_leads_to_a_conversation()
            throws Exception {
        String projectTitle = "Browser walk: cover crops in Tuscany " + System.nanoTime();
        String offerTitle = "Browser walk fund for soil carbon " + System.nanoTime();

        // 1. partner@ (TerraCarbon Solutions, a company) proposes a project, visible to partners, through the form.
        signInInEnglish("partner@example.org");
        browser.findElement(By.linkText(Bundle.text("en", "nav.projects"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("newProject"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("projectForm:titleEn"))).sendKeys(projectTitle);
        browser.findElement(By.id("projectForm:summaryEn"))
                .sendKeys("Winter cover crops and reduced tillage on 40 durum wheat farms in the Val d'Orcia.");
        new Select(browser.findElement(By.id("projectForm:stage"))).selectByValue("SEEKING_FUNDING");
        chooseInCheckboxMenu("projectForm:countries", "Italy", "IT");
        tick("projectForm:climateZones", "WARM_TEMPERATE_DRY");
        tick("projectForm:landUses", "CROPLAND");
        tick("projectForm:practices", "COVER_CROPS");
        tick("projectForm:needs", "FUNDING");
        tick("projectForm:sdgs", "13");
        browser.findElement(By.id("projectForm:area")).sendKeys("1200");
        new Select(browser.findElement(By.id("projectForm:currency"))).selectByValue("EUR");
        browser.findElement(By.id("projectForm:totalBudget")).sendKeys("90000");
        browser.findElement(By.id("projectForm:fundingSought")).sendKeys("60000");
        browser.findElement(By.cssSelector("input[name='projectForm:visibility'][value='PARTNERS']")).click();
        screenshot("match-1-project-form");
        clickAndWaitForNewPage(By.id("projectForm:save"));
        wait.until(ExpectedConditions.urlContains("projects/project.xhtml?id="));
        String projectPage = browser.getCurrentUrl();
        assertEquals(projectTitle, browser.findElement(By.id("projectTitle")).getText(), main());
        assertEquals(Bundle.text("en", "projectStage.SEEKING_FUNDING"), browser.findElement(By.id("projectStage")).getText());
        assertEquals("PARTNERS", browser.findElement(By.id("projectVisibility")).getAttribute("data-visibility"));
        assertTrue(main().contains(Bundle.text("en", "project.createdVisible", Bundle.text("en", "projectVisibility.PARTNERS"))),
                "the confirmation says who sees the project, not that it stays a draft: " + main());
        assertEquals("Italy", browser.findElement(By.id("projectCountries")).getText());
        assertEquals(Bundle.text("en", "region.EUROPE"), browser.findElement(By.id("projectRegion")).getText());
        String facts = browser.findElement(By.id("projectFacts")).getText();
        assertTrue(facts.contains(Bundle.text("en", "climateZone.WARM_TEMPERATE_DRY"))
                && facts.contains(Bundle.text("en", "landUse.CROPLAND")), facts);
        // Practices are reference data the secretariat keeps (V11), not bundle texts.
        assertEquals("Cover crops", browser.findElement(By.id("projectPractices")).getText());
        assertEquals("60,000 EUR", browser.findElement(By.id("projectSought")).getText());
        assertEquals("90,000 EUR", browser.findElement(By.id("projectBudget")).getText());
        screenshot("match-1-project");

        // 2. funder@ (Fundación Humus) publishes a grant that fits it: same practice, zone, land use and stage, for companies.
        asAnotherPerson();
        signInInEnglish("funder@example.org");
        browser.findElement(By.linkText(Bundle.text("en", "nav.offers"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("newOffer"))).click();
        new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("offerForm:language")))).selectByValue("EN");
        browser.findElement(By.id("offerForm:title")).sendKeys(offerTitle);
        browser.findElement(By.id("offerForm:description")).sendKeys("Grants for farms that keep their soils covered all year.");
        tick("offerForm:instruments", "GRANT");
        tick("offerForm:practices", "COVER_CROPS");
        tick("offerForm:regions", "EUROPE");
        tick("offerForm:climateZones", "WARM_TEMPERATE_DRY");
        tick("offerForm:landUses", "CROPLAND");
        tick("offerForm:stages", "SEEKING_FUNDING");
        tick("offerForm:organisationTypes", "PRIVATE_COMPANY");
        tick("offerForm:languages", "EN");
        new Select(browser.findElement(By.id("offerForm:currency"))).selectByValue("EUR");
        browser.findElement(By.id("offerForm:ticketMin")).sendKeys("20000");
        browser.findElement(By.id("offerForm:ticketMax")).sendKeys("100000");
        typeDate(By.id("offerForm:deadline"), LocalDate.now().plusDays(60));
        screenshot("match-2-offer-form");
        clickAndWaitForNewPage(By.id("offerForm:save"));
        wait.until(ExpectedConditions.urlContains("offers/offer.xhtml?id="));
        String offerId = browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        assertEquals(offerTitle, browser.findElement(By.id("offerTitle")).getText(), main());
        assertEquals("OPEN", browser.findElement(By.id("offerState")).getAttribute("data-state"));
        assertEquals(Bundle.text("en", "instrument.GRANT"), browser.findElement(By.id("offerInstruments")).getText());
        screenshot("match-2-offer");

        // 3. partner@ opens the project's matches: the grant is ranked, scored and explained.
        asAnotherPerson();
        signInInEnglish("partner@example.org");
        browser.get(projectPage);
        browser.findElement(By.id("projectMatchesLink")).click();
        wait.until(ExpectedConditions.urlContains("matching/project.xhtml"));
        WebElement result;
        try {
            result = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("offer-" + offerId)));
        } catch (TimeoutException e) {
            throw new AssertionError("the new offer is not among the project's matches: " + main(), e);
        }
        assertTrue(browser.findElement(By.id("projectTitle")).getText().contains(projectTitle), main());
        List<WebElement> ranked = browser.findElements(By.cssSelector("#results > li"));
        int place = ranked.indexOf(result) + 1;
        assertEquals(String.valueOf(place), result.getAttribute("data-rank"), "the rank is the result's place in the list");
        int ownScore = Integer.parseInt(result.getAttribute("data-score"));
        assertTrue(ranked.subList(0, place - 1).stream().allMatch(r -> Integer.parseInt(r.getAttribute("data-score")) >= ownScore),
                "no offer above it scores less: " + main());
        String score = result.getAttribute("data-score");
        assertTrue(Integer.parseInt(score) > 0, "a fitting offer scores: " + result.getText());
        assertEquals(Bundle.text("en", "matching.scoreOutOf", Integer.valueOf(score)),
                result.findElement(By.className("matching-score")).getText().replace(Bundle.text("en", "matching.score"), "").trim());
        assertTrue(result.getText().contains(offerTitle) && result.getText().contains("Fundación Humus"), result.getText());
        String practicesWeight = browser.findElement(By.cssSelector("#weights dd[data-criterion=PRACTICES]")).getText();
        WebElement practices = result.findElement(By.cssSelector("li[data-criterion=PRACTICES]"));
        assertEquals("met", practices.getAttribute("data-outcome"), practices.getText());
        assertTrue(practices.getText().contains(Bundle.text("en", "matching.outcome.met"))
                && practices.getText().contains(Bundle.text("en", "matching.criterion.PRACTICES"))
                && practices.getText().contains(Bundle.text("en", "matching.weight", Integer.valueOf(practicesWeight)))
                && practices.getText().contains("Cover crops"), practices.getText());
        WebElement zone = result.findElement(By.cssSelector("li[data-criterion=CLIMATE_ZONE]"));
        assertEquals("met", zone.getAttribute("data-outcome"), zone.getText());
        assertTrue(zone.getText().contains(Bundle.text("en", "climateZone.WARM_TEMPERATE_DRY")), zone.getText());
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView();", result);
        screenshot("match-3-ranked");

        // 4. partner@ expresses interest from that result.
        result.findElement(By.cssSelector("a.matching-interest")).click();
        wait.until(ExpectedConditions.urlContains("interests/new.xhtml"));
        assertTrue(browser.findElement(By.id("offerTitle")).getText().contains(offerTitle), main());
        String hello = "We would like to apply for the cover crop grant for our Tuscan farms.";
        browser.findElement(By.id("interestForm:message")).sendKeys(hello);
        clickAndWaitForNewPage(By.id("interestForm:send"));
        wait.until(ExpectedConditions.urlContains("interests/interest.xhtml?id="));
        String interestId = browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        assertEquals("PENDING", browser.findElement(By.id("interestStatus")).getAttribute("data-status"), main());
        assertTrue(main().contains(Bundle.text("en", "interest.sent", "Fundación Humus")), main());

        // 5. funder@ finds it among their interests, reads it, accepts it and writes.
        asAnotherPerson();
        signInInEnglish("funder@example.org");
        browser.findElement(By.linkText(Bundle.text("en", "nav.interests"))).click();
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#interestTable tr[data-interest='" + interestId + "']")));
        assertTrue(row.getText().contains(projectTitle)
                && row.getText().contains(Bundle.text("en", "interest.direction.received", "TerraCarbon Solutions")), row.getText());
        row.findElement(By.cssSelector("a.hub-interest-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("firstMessage")));
        assertTrue(browser.findElement(By.id("firstMessage")).getText().contains(hello), main());
        clickAndWaitForNewPage(By.id("decideForm:accept"));
        assertEquals("ACCEPTED", browser.findElement(By.id("interestStatus")).getAttribute("data-status"), main());
        String question = "Welcome! Could you send us the list of farms and their hectares?";
        int partnerMails = Mailbox.count("partner@example.org", projectTitle);
        writeInConversation(question);
        screenshot("match-4-funder-writes");
        Mailbox.awaitMessage("partner@example.org", projectTitle, partnerMails);

        // 6. partner@ reads the answer and replies; funder@ reads the reply.
        asAnotherPerson();
        signInInEnglish("partner@example.org");
        browser.findElement(By.linkText(Bundle.text("en", "nav.interests"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#interestTable tr[data-interest='" + interestId + "'] a")))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("interestStatus")));
        assertEquals("ACCEPTED", browser.findElement(By.id("interestStatus")).getAttribute("data-status"), main());
        assertTrue(conversation().contains(question), main());
        String reply = "Here it is: 40 farms, 1,200 hectares in all, mostly durum wheat.";
        int funderMails = Mailbox.count("funder@example.org", projectTitle);
        writeInConversation(reply);
        assertTrue(conversation().contains(question) && conversation().contains(reply), main());
        screenshot("match-5-partner-replies");
        Mailbox.awaitMessage("funder@example.org", projectTitle, funderMails);

        asAnotherPerson();
        signInInEnglish("funder@example.org");
        browser.get(base + "interests/interest.xhtml?id=" + interestId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("interestStatus")));
        assertTrue(conversation().contains(reply), main());
    }

    @Test
    void the_secretariat_appoints_two_experts_to_the_stc_who_assess_a_project_that_enters_the_showcase_without_an_administrator()
            throws Exception {
        String stamp = String.valueOf(System.nanoTime());
        String bea = "bea.stc." + stamp + "@example.org";
        String ravi = "ravi.stc." + stamp + "@example.org";
        TestEnvironment.createAccount(bea, "Bea Browser-Expert", "en", "PARTNER");
        TestEnvironment.createAccount(ravi, "Ravi Browser-Expert", "en", "PARTNER");
        String title = "Zai pits in the Yatenga (browser FASP " + stamp + ")";
        long stc;
        long project;
        long request;
        // The request itself (a draft project of partner@'s company asking in an open call) is the start line.
        try (java.sql.Connection db = TestEnvironment.connection(); var statement = db.createStatement()) {
            stc = single(statement, "SELECT id FROM hub_group WHERE code = 'STC'");
            project = single(statement, "INSERT INTO project (organisation_id, created_by, stage, countries, currency, total_budget,"
                    + " funding_sought, visibility, created_at, updated_at) SELECT organisation_id, id, 'SEEKING_FUNDING', '{BF}',"
                    + " 'EUR', 300000, 200000, 'DRAFT', now(), now() FROM account WHERE email = 'partner@example.org' RETURNING id");
            statement.executeUpdate("INSERT INTO project_text (project_id, language, title, summary) VALUES (" + project
                    + ", 'en', '" + title + "', 'Zai pits and stone lines on 300 hectares of degraded land.')");
            long call = single(statement, "INSERT INTO assessment_call (title, opens_on, closes_on, status, created_at, created_by)"
                    + " VALUES ('Browser call " + stamp + "', current_date - 1, current_date + 30, 'OPEN', now(), 'secretariat@example.org') RETURNING id");
            request = single(statement, "INSERT INTO assessment_request (project_id, call_id, rubric_id, modality, requested_by,"
                    + " requested_at, status) SELECT " + project + ", " + call + ", r.id, 1, a.id, now(), 'REQUESTED'"
                    + " FROM assessment_rubric r, account a WHERE r.active AND a.email = 'partner@example.org' RETURNING id");
        }

        // 1. The secretariat appoints two people to the STC on its members page.
        signInInEnglish("secretariat@example.org");
        for (String email : List.of(bea, ravi)) {
            browser.get(base + "groups/members.xhtml?id=" + stc);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("appointForm:email"))).sendKeys(email);
            typeDate(By.id("appointForm:startsOn"), LocalDate.now());
            typeDate(By.id("appointForm:endsOn"), LocalDate.now().plusYears(3));
            clickAndWaitForNewPage(By.id("appointForm:appoint"));
            assertTrue(main().contains(Bundle.text("en", "group.members.appointed")), main());
        }

        // 2. It assigns both to the assessment: they are STC experts now, listed for it.
        browser.get(base + "assessment/request.xhtml?id=" + request);
        for (String name : List.of("Bea Browser-Expert", "Ravi Browser-Expert")) {
            new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("assignForm:expert")))).selectByVisibleText(name);
            clickAndWaitForNewPage(By.id("assignForm:assign"));
            assertTrue(main().contains(Bundle.text("en", "assessment.done.assigned", name)), main());
        }
        assertTrue(main().contains(Bundle.text("en", "assessment.status.IN_REVIEW")), main());
        screenshot("stc-assigned");

        // 3. Each expert signs in and scores every criterion with a comment.
        for (String email : List.of(bea, ravi)) {
            asAnotherPerson();
            signInFromHeader(email);
            browser.get(base + "assessment/request.xhtml?id=" + request);
            List<WebElement> scores = wait.until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector("select[name$=':score']")));
            for (WebElement score : scores) {
                new Select(score).selectByValue("3");
            }
            for (WebElement comment : browser.findElements(By.cssSelector("textarea[id$=':comment']"))) {
                comment.sendKeys("Documented in the project file, with village agreements.");
            }
            clickAndWaitForNewPage(By.id("scoreForm:submit"));
            assertTrue(main().contains(Bundle.text("en", "assessment.done.submitted")), main());
        }

        // 4. The secretariat sends a positive report: the assessment is complete.
        asAnotherPerson();
        signInFromHeader("secretariat@example.org");
        browser.get(base + "assessment/request.xhtml?id=" + request);
        new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("completeForm:outcome")))).selectByValue("POSITIVE");
        browser.findElement(By.id("completeForm:report")).sendKeys("Sound safeguards and a credible monitoring plan.");
        clickAndWaitForNewPage(By.id("completeForm:complete"));
        assertTrue(main().contains(Bundle.text("en", "assessment.done.completed", Bundle.text("en", "assessment.outcome.POSITIVE"))), main());

        // 5. The project is in the showcase, for a funder to find.
        asAnotherPerson();
        signInInEnglish("funder@example.org");
        browser.get(base + "projects/showcase.xhtml");
        WebElement card = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-project='" + project + "']")));
        assertTrue(card.getText().contains(title), card.getText());
        screenshot("stc-showcase");
    }

    private static long single(java.sql.Statement statement, String sql) throws java.sql.SQLException {
        try (var row = statement.executeQuery(sql)) {
            assertTrue(row.next(), sql);
            return row.getLong(1);
        }
    }

    /**
     * axe-core over the main pages, as the people who use them, in their empty, filled and error states, at desktop
     * width and at 360 px; at 360 px no page may scroll sideways. A finding names its rule, the page and the element.
     */
    @Test
    void the_main_pages_have_no_serious_accessibility_finding_and_none_scrolls_sideways_on_a_small_phone() throws Exception {
        Map<String, List<String>> findings = new java.util.LinkedHashMap<>();
        List<String> sideways = new java.util.ArrayList<>();
        long research = groupId("INTERFACE_PROJECTS");
        long organisation = scalar("SELECT organisation_id FROM account WHERE email = 'partner@example.org'");
        for (int width : new int[] {1280, 360}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            String at = " @" + width + "px";
            asAnotherPerson();
            browser.get(base + "index.xhtml?lang=en");
            check("home (visitor)" + at, width, findings, sideways);
            check("directory", "directory/organisations.xhtml", at, width, findings, sideways);
            check("organisation profile", "directory/organisation.xhtml?id=" + organisation, at, width, findings, sideways);
            check("join form, empty", "join/application.xhtml", at, width, findings, sideways);
            clickAndWaitForNewPage(By.id("join:save"));
            check("join form, errors" + at, width, findings, sideways);
            check("sign-in form", "login.xhtml", at, width, findings, sideways);
            clickAndWaitForNewPage(By.id("login:submit"));
            check("sign-in form, errors" + at, width, findings, sideways);

            signInInEnglish("partner@example.org");
            check("dashboard (partner)" + at, width, findings, sideways);
            check("groups", "groups/index.xhtml", at, width, findings, sideways);
            check("group", "groups/group.xhtml?id=" + research, at, width, findings, sideways);
            check("forum", "groups/forum.xhtml?group=" + research, at, width, findings, sideways);
            clickAndWaitForNewPage(By.id("newTopic:start"));
            check("forum, new topic with errors" + at, width, findings, sideways);
            // A long unbroken word, as the title's limit allows: the forum's table must wrap it, not widen.
            browser.findElement(By.id("newTopic:title")).sendKeys("Soil" + "carbon".repeat(25) + " " + width);
            browser.findElement(By.id("newTopic:body")).sendKeys("Does anybody measure this at 30 cm?");
            clickAndWaitForNewPage(By.id("newTopic:start"));
            check("topic, filled" + at, width, findings, sideways);
            check("forum, filled", "groups/forum.xhtml?group=" + research, at, width, findings, sideways);
            check("library", "groups/documents.xhtml?group=" + research, at, width, findings, sideways);
            check("events", "groups/events.xhtml?group=" + research, at, width, findings, sideways);
            check("projects", "projects/index.xhtml", at, width, findings, sideways);
            check("project editor, empty", "projects/edit.xhtml", at, width, findings, sideways);
            clickAndWaitForNewPage(By.id("projectForm:save"));
            check("project editor, errors" + at, width, findings, sideways);
            check("offers", "offers/index.xhtml", at, width, findings, sideways);
            check("interests", "interests/index.xhtml", at, width, findings, sideways);
            check("notifications", "account/notifications.xhtml", at, width, findings, sideways);
            check("settings", "account/settings.xhtml", at, width, findings, sideways);
            long project = scalar("SELECT max(p.id) FROM project p JOIN account a ON a.organisation_id = p.organisation_id"
                    + " WHERE a.email = 'partner@example.org'");
            if (project > 0) {
                check("project", "projects/project.xhtml?id=" + project, at, width, findings, sideways);
                check("project editor, filled", "projects/edit.xhtml?id=" + project, at, width, findings, sideways);
                check("matching", "matching/project.xhtml?id=" + project, at, width, findings, sideways);
            }

            asAnotherPerson();
            signInInEnglish("funder@example.org");
            check("offer editor, empty", "offers/edit.xhtml", at, width, findings, sideways);
            clickAndWaitForNewPage(By.id("offerForm:save"));
            check("offer editor, errors" + at, width, findings, sideways);

            asAnotherPerson();
            signInInEnglish("secretariat@example.org");
            check("applications queue", "secretariat/applications.xhtml", at, width, findings, sideways);
            check("changes queue", "secretariat/changes.xhtml", at, width, findings, sideways);
            check("registry", "secretariat/registry.xhtml", at, width, findings, sideways);
        }
        assertTrue(findings.isEmpty() && sideways.isEmpty(), "serious or critical axe findings:\n" + Axe.describe(findings)
                + "\npages that scroll sideways at 360 px: " + sideways);
    }

    private void check(String name, String path, String at, int width, Map<String, List<String>> findings, List<String> sideways)
            throws Exception {
        browser.get(base + path);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
        check(name + " (" + path + ")" + at, width, findings, sideways);
    }

    private void check(String page, int width, Map<String, List<String>> findings, List<String> sideways) throws Exception {
        List<String> found = Axe.seriousFindings(browser);
        if (!found.isEmpty()) {
            findings.put(page, found);
        }
        if (width <= 360) {
            long scrollWidth = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
            if (scrollWidth > width) {
                Object widest = ((JavascriptExecutor) browser).executeScript("""
                        const w = document.documentElement.clientWidth, out = [];
                        const beyond = e => e.getBoundingClientRect().right > w + 1;
                        document.querySelectorAll('body *').forEach(e => {
                            if (beyond(e) && !e.closest('.hub-table-wrap') && ![...e.children].some(beyond)) {
                                out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + e.className
                                        + ' to ' + Math.round(e.getBoundingClientRect().right) + ' px');
                            }
                        });
                        return out.slice(0, 4).join(', ');""");
                sideways.add(page + ": " + scrollWidth + " px wide, because of " + widest);
                screenshot("sideways-" + page.replaceAll("[^A-Za-z0-9]+", "-"));
            }
        }
    }

    private static long groupId(String code) {
        return scalar("SELECT id FROM hub_group WHERE code = '" + code + "'");
    }

    private static long scalar(String sql) {
        try (java.sql.Connection db = TestEnvironment.connection();
             java.sql.Statement statement = db.createStatement();
             java.sql.ResultSet row = statement.executeQuery(sql)) {
            return row.next() ? row.getLong(1) : 0;
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** Signs in and makes English the account's saved language: other test classes leave the demo accounts in theirs. */
    private void signInInEnglish(String email) {
        browser.get(base + "index.xhtml?lang=en");
        signInFromHeader(email);
        browser.get(base + "dashboard.xhtml");
        if (!"en".equals(browser.findElement(By.tagName("html")).getAttribute("lang"))) {
            clickAndWaitForNewPage(By.id("languageForm:en")); // the header's buttons save it to the account
        }
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
    }

    private static void saveLanguage(String email, String locale) {
        try (java.sql.Connection db = TestEnvironment.connection();
             java.sql.PreparedStatement update = db.prepareStatement("UPDATE account SET locale = ? WHERE email = ?")) {
            update.setString(1, locale);
            update.setString(2, email);
            update.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** Ticks one box of a PrimeFaces checkbox list by clicking its label, as a person does. */
    private void tick(String field, String value) {
        WebElement box = browser.findElement(By.cssSelector("input[name='" + field + "'][value='" + value + "']"));
        WebElement label = browser.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", label);
        label.click();
        wait.until(driver -> box.isSelected());
    }

    /** Opens a PrimeFaces checkbox menu, filters it by what a person types, ticks the entry and closes the menu. */
    private void chooseInCheckboxMenu(String field, String label, String value) {
        browser.findElement(By.id(field)).click();
        WebElement panel = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(field + "_panel")));
        panel.findElement(By.cssSelector(".ui-selectcheckboxmenu-filter-container input")).sendKeys(label);
        By entry = By.xpath("//div[@id='" + field + "_panel']//li[contains(@class, 'ui-selectcheckboxmenu-item')]"
                + "[normalize-space(.//label) = '" + label + "']");
        wait.until(ExpectedConditions.elementToBeClickable(entry)).click();
        WebElement chosen = browser.findElement(By.cssSelector("input[name='" + field + "'][value='" + value + "']"));
        wait.until(driver -> chosen.isSelected());
        panel.findElement(By.cssSelector(".ui-selectcheckboxmenu-close")).click();
        wait.until(ExpectedConditions.invisibilityOf(panel));
    }

    /** Types a date into a date field in the order the browser's language shows its parts (day, month, year). */
    private void typeDate(By field, LocalDate date) {
        @SuppressWarnings("unchecked")
        List<String> order = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return new Intl.DateTimeFormat(navigator.language).formatToParts(new Date())"
                        + ".map(p => p.type).filter(t => t === 'day' || t === 'month' || t === 'year');");
        StringBuilder keys = new StringBuilder();
        for (String part : order) {
            keys.append(switch (part) {
                case "day" -> String.format("%02d", date.getDayOfMonth());
                case "month" -> String.format("%02d", date.getMonthValue());
                default -> String.format("%04d", date.getYear());
            });
        }
        WebElement input = browser.findElement(field);
        input.click();
        input.sendKeys(keys);
        wait.until(ExpectedConditions.attributeToBe(input, "value", date.toString()));
    }

    private void writeInConversation(String text) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("messageForm:body"))).sendKeys(text);
        clickAndWaitForNewPage(By.id("messageForm:send"));
        wait.until(driver -> conversation().contains(text));
    }

    /** The messages of an interest's private conversation, as shown. */
    private String conversation() {
        return browser.findElements(By.className("hub-interest-message")).stream().map(WebElement::getText)
                .collect(Collectors.joining("\n"));
    }

    private void signInFromHeader(String email) {
        signInFromHeader(email, PASSWORD);
    }

    private void signInFromHeader(String email, String password) {
        browser.findElement(By.id("signInLink")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email"))).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.urlContains("dashboard.xhtml"));
    }

    /** Chooses a file for one document of the join form; it uploads at once, and is saved once it is listed. */
    private void upload(String kind, Path file) {
        browser.findElement(By.id("join:upload_" + kind + "_input")).sendKeys(file.toAbsolutePath().toString());
        try {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("join:documentTable"),
                    file.getFileName().toString()));
        } catch (TimeoutException e) {
            throw new AssertionError(file.getFileName() + " is not listed after its upload: " + main(), e);
        }
    }

    /** Clicks a button that posts the page, and waits until the browser shows the page that answers. */
    private void clickAndWaitForNewPage(By button) {
        WebElement clicked = browser.findElement(button);
        clicked.click();
        // Stale once the new page replaced it. Chromium sometimes reports the old node as "not belonging to
        // the document" rather than as stale: that is the same news.
        wait.until(driver -> {
            try {
                clicked.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
    }

    private void assertStatus(String status) {
        assertEquals(status, browser.findElement(By.id("applicationStatus")).getAttribute("data-status"), main());
    }

    private String main() {
        return browser.findElement(By.id("main")).getText();
    }

    /**
     * The applicant and the secretariat are different people at different computers: no shared session; the next
     * person starts on the home page. The previous person's page is left before the cookies go: once, the walk of
     * project matching signed in and was sent to a conversation page instead of the dashboard, as if a request of the
     * previous page had reached the server without a session and been remembered as the page to continue to.
     */
    private void asAnotherPerson() {
        browser.get("about:blank");
        // deleteAllCookies() forgets the current page's cookies only, and about:blank has none.
        ((ChromeDriver) browser).executeCdpCommand("Network.clearBrowserCookies", Map.of());
        browser.get(base + "index.xhtml");
    }

    /** A mail's subject as the platform writes it in English. */
    private static String mailSubject(MailTemplate template, Object... arguments) {
        String pattern = ResourceBundle.getBundle("org.fourpermille.hub.shared.mail.mail", Locale.ENGLISH)
                .getString(template.key() + ".subject");
        return new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
    }

    private void screenshot(String name) throws Exception {
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        Files.write(target.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
