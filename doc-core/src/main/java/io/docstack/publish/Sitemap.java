package io.docstack.publish;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.docstack.model.SitePath;

/**
 * {@code sitemap.xml} for the pages of a site, in path order. Locations are absolute when the
 * site URL is configured (as the sitemap protocol wants), else relative to the site root; paths are
 * percent-encoded like every other URL of the site.
 */
public final class Sitemap {
    private Sitemap() {
    }

    public static byte[] of(String siteUrl, List<SitePath> pages) {
        String base = siteUrl == null ? "" : siteUrl;
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        SitePath sitemap = SitePath.of("sitemap.xml");
        pages.stream().sorted().forEach(page -> xml.append("  <url><loc>")
                .append(escape(base + page.relativeFrom(sitemap))).append("</loc></url>\n"));
        return xml.append("</urlset>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
