package org.bilateralkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.bilateralkg.it.SeedStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser: Debian's chromium and chromedriver, headless, never a downloaded
 * browser. Skipped where they are not installed (CI installs them).
 */
class BrowserTest {
    static final Path CHROMIUM = Path.of(System.getProperty("bkg.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("bkg.chromedriver", "/usr/bin/chromedriver"));

    /** Selenium warns that it has no DevTools binding for this chromium: no test uses DevTools. */
    static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");
    static TestServer s;
    static WebDriver driver;
    static Path profile;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian chromium and chromium-driver are not installed");
        SELENIUM_LOG.setLevel(Level.SEVERE);
        s = TestServer.start();
        profile = Files.createTempDirectory("bkg-chromium");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--window-size=1280,1600", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, o);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (s != null) {
            s.close();
        }
        if (profile != null) {
            try (var w = Files.walk(profile)) {
                w.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    /** No script ran an alert, and the console holds no error. */
    @AfterEach
    void noErrors() {
        if (driver == null) {
            return;
        }
        try {
            String text = driver.switchTo().alert().getText();
            throw new AssertionError("an alert ran: " + text);
        } catch (NoAlertPresentException expected) {
            // good
        }
        // Errors only count when they are ours: the query UI's editor asks prefix.cc for prefixes,
        // which an offline machine cannot reach; that is not an error of these pages.
        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .filter(e -> !(e.getMessage().startsWith("http") && !e.getMessage().startsWith(s.url)
                        && e.getMessage().contains("Failed to load resource")))
                .toList();
        assertTrue(severe.isEmpty(), "browser console errors: " + severe);
    }

    private void open(String path) {
        driver.get(s.url + path);
    }

    private WebElement wait(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    private void search(String q) {
        WebElement box = driver.findElement(By.cssSelector("form.search.big input[name=q]"));
        box.clear();
        box.sendKeys(q);
        box.submit();
        wait(By.cssSelector("#results"));
    }

    @Test
    void fromTheHomePageToLavrovToTheMeetingToTheQuote() {
        open("/");
        assertEquals("Bilateral KG", driver.getTitle());
        assertFalse(driver.findElements(By.cssSelector(".stats li")).isEmpty(), "counts");
        assertTrue(driver.findElement(By.linkText("Query UI (YASGUI)")).getAttribute("href").endsWith("/ui/#/dataset/kg/query"));

        search("Lavrov");
        assertTrue(driver.findElement(By.cssSelector("#results table")).getText().contains("Sergey Lavrov"));

        open("/");
        search("लावरोव");
        WebElement result = driver.findElement(By.cssSelector("#results tbody tr td a"));
        assertTrue(result.getAttribute("href").endsWith("/page/person/sergey-lavrov"), result.getAttribute("href"));
        result.click();
        wait(By.cssSelector("h1"));
        assertEquals("Sergey Lavrov", driver.findElement(By.tagName("h1")).getText());
        assertTrue(driver.findElement(By.id("posts")).getText().contains("Foreign Minister of Russia"));
        assertTrue(driver.findElement(By.id("statements")).getText().contains("मॉस्को"));

        driver.findElement(By.cssSelector("#meetings a[href*='/page/meeting/']")).click();
        wait(By.cssSelector("h1"));
        assertTrue(driver.getCurrentUrl().contains("/page/meeting/2024-07-25-cn-ru-la"));
        String facts = driver.findElement(By.cssSelector("dl.facts")).getText();
        for (String expected : List.of("2024-07-25", "Laos", "PT40M", "Wang Yi", "Sergey Lavrov", "ASEAN Foreign Ministers")) {
            assertTrue(facts.contains(expected), expected + " in " + facts);
        }
        assertFalse(driver.findElements(By.cssSelector("#statements tbody tr")).isEmpty(), "statements made there");

        // Follow a statement's quote to the article: the words are highlighted.
        driver.findElement(By.cssSelector("#statements a.cite")).click();
        wait(By.cssSelector("#text"));
        List<WebElement> selected = driver.findElements(By.cssSelector("#text mark.ev.sel"));
        assertFalse(selected.isEmpty(), "the quote is highlighted");
        assertTrue(selected.get(0).isDisplayed());
        assertTrue(driver.getCurrentUrl().contains("#ev-"));
    }

    @Test
    void theHindiPagesReadInHindi() {
        open("/page/person/sergey-lavrov?lang=hi");
        assertEquals("सर्गेई लावरोव", driver.findElement(By.tagName("h1")).getText());
        assertEquals("hi", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(driver.findElement(By.id("meetings")).getText().contains("बैठकें"));
    }

    @Test
    void theCountryPageTellsItsStoryAndIsPhotographed() throws Exception {
        open("/page/country/RU");
        assertEquals("Russia", driver.findElement(By.tagName("h1")).getText());
        assertTrue(driver.findElement(By.id("meetings")).getText().contains("2024-07-25"));
        assertTrue(driver.findElement(By.id("commitments")).getText().contains("ASEAN centrality"));
        assertTrue(driver.findElement(By.id("counterparts")).getText().contains("China"));
        Path dir = SeedStore.HOME.resolve("target/screenshots");
        Files.createDirectories(dir);
        Path shot = dir.resolve("country-RU.png");
        Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        assertTrue(Files.size(shot) > 10_000);
    }

    @Test
    void anArticleWithAScriptInItShowsTheTextAndRunsNothing() {
        String article = s.xssArticle();
        open("/page/" + article.substring("https://bilateral-kg.org/id/".length()));
        wait(By.cssSelector("#text"));
        assertTrue(driver.findElement(By.cssSelector("#text .body")).getText().contains("<script>alert(1)</script>"));
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains("<script>alert(1)</script>"));
        assertTrue(driver.findElements(By.cssSelector("main script, main img")).isEmpty());
    }

    @Test
    void theQueryUiRunsAQuery() {
        open("/ui/#/dataset/kg/query");
        wait(By.cssSelector(".yasqe"));
        WebElement run = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".yasqe_queryButton")));
        run.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector(".yasr table tbody tr")).size() > 0
                || d.findElements(By.cssSelector(".yasr .dataTable tbody tr")).size() > 0);
        assertTrue(driver.findElement(By.cssSelector(".yasr")).getText().contains("http"));
    }
}
