package io.docstack.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.docstack.Docstack;
import io.docstack.SampleSuite;
import io.docstack.serve.Preview;

/**
 * Live reload in a real browser: a headless Chromium opens a page the preview serves, the test
 * edits the page's source file, and the browser shows the new text with no action, scrolled
 * where it was. Its search box gets its results from the preview server. Skipped where there is no chromedriver.
 */
class PreviewBrowserTest {

    @TempDir
    Path copy;

    @Test
    void anEditedPageReloadsByItself() throws Exception {
        assumeTrue(Chromium.available(), "no chromium and chromedriver here");
        SampleSuite.copyTo(copy);
        try (Preview preview = Docstack.serve(SampleSuite.site(copy).build(), "127.0.0.1", 0, build -> { })) {
            ChromeDriver browser = Chromium.start(1280, 600);
            try {
                browser.get(preview.url() + "network/1.9/guide/ports.html");
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Work with ports"));
                // the search box asks the preview server
                browser.findElement(By.cssSelector(".ds-search-input")).sendKeys("create a port");
                wait.until(d -> d.findElements(By.cssSelector("#ds-search-results li[role=option] a")).stream()
                        .findFirst().map(a -> a.getAttribute("href").endsWith("ports.html#create-a-port")).orElse(false));
                browser.findElement(By.cssSelector(".ds-search-input")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
                JavascriptExecutor js = browser;
                js.executeScript("window.scrollTo(0, 300); window.docstackMarker = 'before';");
                long scrolled = ((Number) js.executeScript("return Math.round(window.scrollY);")).longValue();

                Path source = copy.resolve("network/src/docs/guide/ports.md");
                Files.writeString(source, Files.readString(source) + "\n\nShown without a click.\n");

                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Shown without a click."));
                // a reload, not a patch: the page's script state is new, the scroll position kept
                assertThat(js.executeScript("return window.docstackMarker === undefined;")).isEqualTo(true);
                wait.until(d -> ((Number) js.executeScript("return Math.round(window.scrollY);")).longValue() == scrolled);
            } finally {
                browser.quit();
            }
        }
    }
}
