package io.docstack.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.docstack.Docstack;
import io.docstack.SampleSuite;

/**
 * The static search in a real browser: the sample suite is built, served from 127.0.0.1 like
 * any static host, and a headless Chromium (Debian's {@code chromium} and {@code chromium-driver},
 * which {@code .ci/run} installs) types a query in the search box of a page, sees the results,
 * narrows them to one project with the project menu and back, follows the first one with Enter
 * and lands on the section it names. Skipped where there is no
 * chromedriver.
 */
class StaticSearchBrowserTest {

    @TempDir
    Path copy;

    @Test
    void typingAQueryShowsResultsAndEnterOpensTheFirst() throws Exception {
        assumeTrue(Chromium.available(), "no chromium and chromedriver here");
        SampleSuite.copyTo(copy);
        Docstack.build(SampleSuite.site(copy).build());
        try (SiteServer server = new SiteServer(copy.resolve("target/site"))) {
            ChromeDriver browser = Chromium.start(1280, 900);
            try {
                browser.get(server.url() + "compute/2.4/index.html");
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
                WebElement box = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ds-search-input")));
                box.sendKeys("create a port");
                // The list is drawn again as more index shards arrive: wait for the one that settles.
                wait.until(d -> firstHit(d).endsWith("network/1.9/guide/ports.html#create-a-port"));
                wait.until(d -> {
                    try {
                        return d.findElement(By.cssSelector("#ds-search-results li[role=option] a .ds-search-title"))
                                .getText().equals("Create a port");
                    } catch (org.openqa.selenium.StaleElementReferenceException e) {
                        return false;
                    }
                });
                assertThat(browser.findElements(By.cssSelector("#ds-search-results mark"))).isNotEmpty();

                // The project menu narrows the results to one project; "All projects" brings the rest back.
                Select project = new Select(browser.findElement(By.cssSelector(".ds-search-project")));
                wait.until(d -> project.getOptions().size() > 1);
                assertThat(project.getOptions().stream().map(WebElement::getText).toList())
                        .startsWith("All projects").contains("compute", "network", "identity");
                project.selectByValue("compute");
                wait.until(d -> firstHit(d).startsWith(server.url() + "compute/"));
                wait.until(d -> allHits(d).stream().allMatch(href -> href.contains("/compute/")));
                project.selectByValue("");
                wait.until(d -> firstHit(d).endsWith("network/1.9/guide/ports.html#create-a-port"));

                box.sendKeys(Keys.ENTER);
                wait.until(ExpectedConditions.urlContains("network/1.9/guide/ports.html"));
                assertThat(browser.getCurrentUrl()).endsWith("network/1.9/guide/ports.html#create-a-port");
                assertThat(browser.findElement(By.id("create-a-port")).getText()).contains("Create a port");
            } finally {
                browser.quit();
            }
        }
    }

    /** Every result's URL; empty while the list is being drawn again. */
    private static List<String> allHits(org.openqa.selenium.WebDriver browser) {
        try {
            return browser.findElements(By.cssSelector("#ds-search-results li[role=option] a")).stream()
                    .map(a -> a.getAttribute("href")).toList();
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return List.of("drawing");
        }
    }

    /** The first result's URL; "" while there is none, or while the list is being drawn again (more shards came). */
    private static String firstHit(org.openqa.selenium.WebDriver browser) {
        try {
            List<WebElement> hits = browser.findElements(By.cssSelector("#ds-search-results li[role=option] a"));
            return hits.isEmpty() ? "" : hits.get(0).getAttribute("href");
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return "";
        }
    }
}
