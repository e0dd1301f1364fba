package io.docstack.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.docstack.model.SitePath;

class SitemapTest {

    @Test
    void listsPagesInPathOrderUnderTheSiteUrl() {
        String xml = new String(Sitemap.of("https://docs.example.com/", List.of(SitePath.of("net/1.0/b.html"),
                SitePath.of("compute/1.0/a&b.html"))), StandardCharsets.UTF_8);
        assertThat(xml).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>https://docs.example.com/compute/1.0/a&amp;b.html</loc></url>
                  <url><loc>https://docs.example.com/net/1.0/b.html</loc></url>
                </urlset>
                """);
    }

    @Test
    void withoutASiteUrlLocationsAreRelativeToTheRoot() {
        String xml = new String(Sitemap.of(null, List.of(SitePath.of("a/1/x.html"))), StandardCharsets.UTF_8);
        assertThat(xml).contains("<loc>a/1/x.html</loc>");
    }

    @Test
    void locationsAreUrls() {
        String xml = new String(Sitemap.of("https://d.example/", List.of(SitePath.of("sdk/1/c#/x y.html"))),
                StandardCharsets.UTF_8);
        assertThat(xml).contains("<loc>https://d.example/sdk/1/c%23/x%20y.html</loc>");
    }
}
