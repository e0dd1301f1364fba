package io.docstack.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.docstack.model.Page;
import io.docstack.model.PageRef;
import io.docstack.model.SitePath;
import io.docstack.source.Catalog;
import io.docstack.source.ProjectSources;

/**
 * The redirect pages of Antora {@code page-aliases}: at each alias's URL, the page Antora 3.1
 * writes with {@code urls.redirect_facility: static}, byte for byte — a script and a meta
 * refresh to the page (relative), {@code noindex}, and with a site URL a canonical link to the
 * page's absolute URL. Immutable; thread-safe.
 */
final class AliasRedirects {

    /** One redirect: where it is written, and the page it sends to. */
    record Redirect(SitePath at, SitePath page) {
    }

    private final List<Redirect> redirects;
    private final String siteUrl;

    /** The redirects of the catalog's Antora components whose pages were converted ({@code pages}). */
    AliasRedirects(Catalog catalog, Map<PageRef, Page> pages, String siteUrl) {
        List<Redirect> all = new ArrayList<>();
        for (ProjectSources project : catalog.projects()) {
            if (project.antora() == null) {
                continue;
            }
            project.antora().aliases().forEach((alias, source) -> {
                Page page = pages.get(new PageRef(project.config().id(), source));
                if (page != null) {
                    all.add(new Redirect(alias.withExtension("html").under(project.config().id().sitePrefix()), page.sitePath()));
                }
            });
            startPage(project, pages).ifPresent(all::add);
        }
        this.redirects = List.copyOf(all);
        this.siteUrl = siteUrl == null || siteUrl.isBlank() ? null : siteUrl;
    }

    /**
     * The component version's own URL ({@code docs/2.0/}) leads to its start page, as under
     * Antora: when the {@code start_page} is not ROOT's {@code index.adoc}, a redirect is written
     * there (unless a page is).
     */
    private static java.util.Optional<Redirect> startPage(ProjectSources project, Map<PageRef, Page> pages) {
        SitePath index = SitePath.of("index.adoc");
        SitePath start = project.antora().startPagePath();
        Page page = pages.get(new PageRef(project.config().id(), start));
        if (start.equals(index) || page == null || pages.containsKey(new PageRef(project.config().id(), index))
                || project.antora().aliases().containsKey(index)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Redirect(SitePath.of("index.html").under(project.config().id().sitePrefix()),
                page.sitePath()));
    }

    void write(SiteSink sink) {
        for (Redirect redirect : redirects) {
            sink.write(redirect.at(), html(redirect).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Antora's redirect page (its {@code redirect_facility: static} template). */
    String html(Redirect redirect) {
        String relative = escape(redirect.page().relativeFrom(redirect.at()));
        String absolute = siteUrl == null ? null : escape(siteUrl + redirect.page().value());
        return "<!DOCTYPE html>\n<meta charset=\"utf-8\">\n"
                + (absolute == null ? "" : "<link rel=\"canonical\" href=\"" + absolute + "\">\n")
                + "<script>location=\"" + relative + "\"</script>\n"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + relative + "\">\n"
                + "<meta name=\"robots\" content=\"noindex\">\n"
                + "<title>Redirect Notice</title>\n<h1>Redirect Notice</h1>\n"
                + "<p>The page you requested has been relocated to <a href=\"" + relative + "\">"
                + (absolute == null ? relative : absolute) + "</a>.</p>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
