package org.bilateralkg.export;

import static org.bilateralkg.export.SeedExports.CN;
import static org.bilateralkg.export.SeedExports.RU;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The network page in Debian's headless Chromium (driven by Debian's chromedriver; Selenium Manager
 * never downloads anything): it loads Cytoscape.js from the WebJar and the countries view as
 * Cytoscape JSON from /export, draws RU and CN joined by an edge, filters by topic and date, opens
 * a country's page on click, and logs no console error.
 */
class NetworkPageBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** Selenium's warnings about CDP versions (not used here) stay out of the test output. */
    static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

    @TempDir
    static Path profile;
    static StaticExportServer server;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "ASSUMPTION: Debian's chromium and chromium-driver are not installed here; CI installs them (.ci/run)");
        SELENIUM_LOG.setLevel(Level.SEVERE);
        server = new StaticExportServer(SeedExports.exporter());
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1200,900", "--user-data-dir=" + profile.resolve("chromium"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        driver = new ChromeDriver(service, o);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void drawsTheCountriesFiltersThemAndOpensACountryPage() {
        driver.get(server.base() + "/network/");
        JavascriptExecutor js = driver;
        Map<String, Object> drawn = (Map<String, Object>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                window.bkgNetwork.ready
                  .then(cy => done({
                    version: cytoscape.version,
                    nodes: cy.nodes().map(n => n.id()),
                    edges: cy.edges().map(e => ({source: e.data('source'), target: e.data('target'),
                      meetings: e.data('meetings'), topics: e.data('topics'), width: e.style('width')}))
                  }))
                  .catch(err => done({error: String(err)}));
                """);
        assertEquals(null, drawn.get("error"), "the page loaded its data: " + drawn);
        assertEquals("3.33.1", drawn.get("version"), "Cytoscape.js from the WebJar");
        assertTrue(((List<String>) drawn.get("nodes")).containsAll(List.of(RU, CN)), drawn.toString());
        Map<String, Object> ruCn = ((List<Map<String, Object>>) drawn.get("edges")).stream()
                .filter(e -> List.of(e.get("source"), e.get("target")).containsAll(List.of(RU, CN))).findFirst().orElse(null);
        assertNotNull(ruCn, "an RU–CN edge: " + drawn);
        assertTrue(((Number) ruCn.get("meetings")).longValue() >= 1, ruCn.toString());
        assertTrue(List.of(ruCn.get("topics").toString().split(" ")).contains("asean-centrality"), ruCn.toString());

        // The topic filter offers the topics of the relations and keeps the edge for asean-centrality.
        Select topic = new Select(driver.findElement(By.id("topic")));
        assertTrue(topic.getOptions().stream().anyMatch(o -> o.getAttribute("value").equals("asean-centrality")));
        topic.selectByValue("asean-centrality");
        assertEquals(1L, js.executeScript("return window.bkgNetwork.state.cy.edges().filter(e => e.visible()).length"));
        assertTrue(driver.findElement(By.id("status")).getText().contains("topic asean-centrality"));
        topic.selectByValue("");

        // The date slider: the last day alone (2024-07-26) still has commitments between RU and CN.
        WebElement from = driver.findElement(By.id("from"));
        js.executeScript("arguments[0].value = arguments[0].max; arguments[0].dispatchEvent(new Event('input'))", from);
        assertEquals("2024-07-26", driver.findElement(By.id("from-value")).getText());
        assertTrue(driver.findElement(By.id("status")).getText().contains("2024-07-26 to 2024-07-26"),
                driver.findElement(By.id("status")).getText());
        js.executeScript("arguments[0].value = arguments[0].min; arguments[0].dispatchEvent(new Event('input'))", from);

        List<String> severe = severe();
        assertTrue(severe.isEmpty(), "no console errors: " + severe);
        screenshot("export-network-page.png");

        // A click on Russia opens its page on this server.
        Map<String, Object> pos = (Map<String, Object>) js.executeScript("""
                const cy = window.bkgNetwork.state.cy;
                const p = cy.getElementById(arguments[0]).renderedPosition();
                return {x: p.x, y: p.y, w: cy.width(), h: cy.height()};
                """, RU);
        WebElement canvas = driver.findElement(By.id("cy"));
        int dx = (int) Math.round(((Number) pos.get("x")).doubleValue() - canvas.getRect().getWidth() / 2.0);
        int dy = (int) Math.round(((Number) pos.get("y")).doubleValue() - canvas.getRect().getHeight() / 2.0);
        new Actions(driver).moveToElement(canvas, dx, dy).click().perform();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/id/country/RU"));
        assertEquals(server.base() + "/id/country/RU", driver.getCurrentUrl());
        severe = severe();
        assertTrue(severe.isEmpty(), "no console errors: " + severe);
    }

    /** Kept in target/ for a person to look at. */
    private static void screenshot(String name) {
        try {
            Path target = Path.of(System.getProperty("bkg.home", ".")).resolve("target");
            Files.createDirectories(target);
            Files.write(target.resolve(name), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            // a missing screenshot is no failure
        }
    }

    private static List<String> severe() {
        List<String> out = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                out.add(e.getMessage());
            }
        }
        return out;
    }
}
