package io.docstack.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.docstack.config.ProjectConfig;
import io.docstack.config.SiteConfig;
import io.docstack.convert.ConvertedSite;
import io.docstack.link.ApiCoverage;
import io.docstack.link.LinkGraph;
import io.docstack.model.Heading;
import io.docstack.model.Page;
import io.docstack.model.PageRef;
import io.docstack.model.ProjectVersion;
import io.docstack.model.SitePath;
import io.docstack.model.UrlPolicy;
import io.docstack.model.Versions;
import io.docstack.nav.NavItem;
import io.docstack.nav.NavTree;
import io.docstack.nav.SiteNavigation;
import io.docstack.source.Catalog;
import io.docstack.source.IndexPage;

/**
 * The render stage: every page through the theme's {@code page.peb}, plus the landing page
 * ({@code index.html}), {@code 404.html} and the theme's assets under {@code _docstack/}.
 *
 * <p>A project's navigation is rendered once per folder of pages (links in it are relative, so
 * they only differ by folder) and reused; the current page's entry is then marked with
 * {@code aria-current="page"}. Rendering runs on the caller's pool; this class is thread-safe.
 */
public final class SiteRenderer {

    /** Folder of the theme's assets in the site. */
    public static final String ASSETS = "_docstack";
    /** What made the site, as pages name it (their generator tag and footer). */
    public static final String GENERATOR = "Docstack " + io.docstack.model.Version.current();

    private final SiteConfig config;
    private final Theme theme;
    private final Map<ProjectVersion, ProjectConfig> projects = new LinkedHashMap<>();
    private final Map<PageRef, Page> pages = new HashMap<>();
    /** Pages that have a source file; the others are generated (API reference) and cannot be edited. */
    private final java.util.Set<PageRef> sources = new java.util.HashSet<>();
    private final ApiCoverage coverage;
    private final SiteNavigation navigation;
    private final LinkGraph links;
    private final Map<String, String> navCache = new ConcurrentHashMap<>();
    /** Per project: its home page, and its pages in reading order with their positions (computed once). */
    private final Map<ProjectVersion, SitePath> homes = new HashMap<>();
    private final Map<ProjectVersion, List<PageRef>> readingOrders = new HashMap<>();
    private final Map<PageRef, Integer> positions = new HashMap<>();
    /** Per project name with more than one version: its versions, newest first, and the latest. */
    private final Map<String, List<ProjectVersion>> versions = new HashMap<>();
    private final Map<String, ProjectVersion> latest = new HashMap<>();
    private final AliasRedirects aliasRedirects;
    /** Per project version: its version as shown (an Antora {@code display_version}) and whether it is a prerelease. */
    private final Map<ProjectVersion, String> displayVersions = new HashMap<>();
    private final java.util.Set<ProjectVersion> prereleases = new java.util.HashSet<>();
    /** Per project name: its latest version ({@link Catalog#latest}). */
    private final Map<String, String> latestByName = new HashMap<>();

    /** The site page listing each service's API coverage. */
    public static final String COVERAGE_PAGE = "api-coverage.html";

    public SiteRenderer(SiteConfig config, Catalog catalog, ConvertedSite site, LinkGraph links,
                        SiteNavigation navigation) {
        this(config, catalog, site, links, navigation, new ApiCoverage(List.of(), 0, List.of()));
    }

    /** A renderer that also writes the API coverage page when {@code coverage} has services. */
    public SiteRenderer(SiteConfig config, Catalog catalog, ConvertedSite site, LinkGraph links,
                        SiteNavigation navigation, ApiCoverage coverage) {
        this(config, new Theme(config.themeDir()), catalog, site, links, navigation, coverage);
    }

    private SiteRenderer(SiteConfig config, Theme theme, Catalog catalog, ConvertedSite site, LinkGraph links,
                         SiteNavigation navigation, ApiCoverage coverage) {
        this.config = config;
        this.coverage = coverage;
        catalog.projects().forEach(p -> p.files().forEach(f -> sources.add(new PageRef(p.config().id(), f.path()))));
        this.theme = theme;
        catalog.projects().forEach(p -> projects.put(p.config().id(), p.config()));
        site.pages().forEach(p -> pages.put(p.ref(), p));
        this.navigation = navigation;
        this.links = links;
        for (ProjectVersion project : projects.keySet()) {
            List<PageRef> order = navigation.tree(project).readingOrder();
            readingOrders.put(project, order);
            for (int i = 0; i < order.size(); i++) {
                // A navigation may list pages of other projects (Antora's can); a page's neighbours are its own project's.
                if (order.get(i).project().equals(project)) {
                    positions.putIfAbsent(order.get(i), i);
                }
            }
            findHome(project, order).ifPresent(home -> homes.put(project, home));
        }
        aliasRedirects = new AliasRedirects(catalog, pages, config.siteUrl());
        Map<String, List<String>> byName = new LinkedHashMap<>();
        projects.keySet().forEach(id -> byName.computeIfAbsent(id.name(), k -> new ArrayList<>()).add(id.version()));
        catalog.projects().stream().filter(p -> p.antora() != null).forEach(p -> {
            displayVersions.put(p.config().id(), p.antora().displayVersion());
            if (p.antora().prerelease()) {
                prereleases.add(p.config().id());
            }
        });
        byName.forEach((name, all) -> {
            latestByName.put(name, catalog.latest(name));
            if (all.size() > 1) {
                versions.put(name, Versions.newestFirst(all).stream().map(v -> new ProjectVersion(name, v)).toList());
                latest.put(name, new ProjectVersion(name, catalog.latest(name)));
            }
        });
    }

    /**
     * A renderer of the site after an edit (the preview's), with this one's theme: its templates
     * stay compiled. A change to the theme's files needs a new renderer instead.
     */
    public SiteRenderer next(Catalog catalog, ConvertedSite site, LinkGraph links, SiteNavigation navigation,
                             ApiCoverage coverage) {
        return new SiteRenderer(config, theme, catalog, site, links, navigation, coverage);
    }

    /**
     * Whether what every page shows of the whole site (the projects with their home links, the
     * link to the API coverage page) is the same as with {@code older}; when not, every page
     * must be rendered again.
     */
    public boolean sameFrame(SiteRenderer older) {
        return homes.equals(older.homes) && projects.equals(older.projects)
                && coverage.services().isEmpty() == older.coverage.services().isEmpty();
    }

    /** Renders one page and writes it to {@code sink}. */
    public void renderPage(Page page, SiteSink sink) {
        SitePath at = page.sitePath();
        Map<String, Object> context = common(at);
        ProjectConfig project = projects.get(page.project());
        NavTree tree = navigation.tree(page.project());
        context.put("project", project(project, at));
        context.put("page", pageModel(page, project));
        context.put("navHtml", markCurrent(nav(tree, project, at), tree, page.ref()));
        context.put("breadcrumbs", breadcrumbs(page, tree, project, at));
        List<PageRef> order = readingOrders.getOrDefault(page.project(), List.of());
        int position = positions.getOrDefault(page.ref(), -1);
        context.put("prev", position > 0 ? pageLink(order.get(position - 1), at) : null);
        context.put("next", position >= 0 && position + 1 < order.size() ? pageLink(order.get(position + 1), at) : null);
        putVersions(context, page, at);
        sink.write(at, bytes(theme.render("page.peb", context)));
    }

    /**
     * For a project with several versions: the version switcher (each version's copy of this page,
     * else its home), and on a page of an old version the banner pointing at the latest and the
     * canonical link to the latest copy of the page.
     */
    private void putVersions(Map<String, Object> context, Page page, SitePath at) {
        List<ProjectVersion> all = versions.get(page.project().name());
        if (all == null) {
            return;
        }
        List<Map<String, Object>> links = new ArrayList<>();
        for (ProjectVersion version : all) {
            Map<String, Object> link = new HashMap<>();
            link.put("version", version.version());
            link.put("displayVersion", displayVersion(version));
            link.put("prerelease", prereleases.contains(version));
            link.put("url", sameOrHome(page, version, at));
            link.put("current", version.equals(page.project()));
            link.put("latest", version.equals(latest.get(version.name())));
            links.add(link);
        }
        context.put("versions", links);
        ProjectVersion newest = latest.get(page.project().name());
        if (!newest.equals(page.project())) {
            Map<String, Object> banner = new HashMap<>();
            banner.put("version", newest.version());
            banner.put("displayVersion", displayVersion(newest));
            banner.put("url", sameOrHome(page, newest, at));
            context.put("latestVersion", banner);
            Page same = pages.get(new PageRef(newest, page.source()));
            if (same != null) {
                context.put("canonicalUrl", config.siteUrl() != null && !config.siteUrl().isBlank()
                        ? config.siteUrl() + same.sitePath().value() : same.sitePath().relativeFrom(at));
            }
        }
    }

    /** The page's copy in {@code version}, else that version's home; null when it has neither. */
    private String sameOrHome(Page page, ProjectVersion version, SitePath at) {
        Page same = pages.get(new PageRef(version, page.source()));
        if (same != null) {
            return same.sitePath().relativeFrom(at);
        }
        return homeOf(version).map(home -> home.relativeFrom(at)).orElse(null);
    }

    /**
     * The pages that send a reader on: the redirect at each Antora {@code page-aliases} entry
     * ({@link AliasRedirects}), and {@code name/latest/…}: for each project with several versions
     * (none of them named {@code latest}), a page that sends the reader to the latest version's
     * copy, so that links to the latest stay stable across releases.
     */
    public void renderAliases(SiteSink sink) {
        aliasRedirects.write(sink);
        for (ProjectVersion newest : latest.values()) {
            if (versions.get(newest.name()).stream().anyMatch(v -> v.version().equals("latest"))) {
                continue;
            }
            for (Page page : pages.values()) {
                if (page.project().equals(newest)) {
                    SitePath alias = page.output().under(newest.name() + "/latest");
                    String escaped = escape(page.sitePath().relativeFrom(alias));
                    sink.write(alias, bytes("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                            + "<title>" + escape(page.title()) + "</title>"
                            + "<link rel=\"canonical\" href=\"" + escaped + "\">"
                            + "<meta http-equiv=\"refresh\" content=\"0; url=" + escaped + "\"></head>"
                            + "<body><p><a href=\"" + escaped + "\">" + escape(page.title()) + "</a></p></body></html>\n"));
                }
            }
        }
    }

    /**
     * The site's home, the not-found page and the theme's assets. The home is, as in Antora, a
     * page published at the site root ({@code index.adoc} of the {@code ROOT} component), else a
     * redirect to the configured start page, else the theme's landing page.
     */
    public void renderSiteFiles(SiteSink sink) {
        SitePath home = SitePath.of("index.html");
        Optional<Page> start = StartPage.resolve(config.startPage(), latestByName, pages);
        if (pages.values().stream().noneMatch(page -> page.sitePath().equals(home))) {
            sink.write(home, start.isPresent() ? bytes(aliasRedirects.html(new AliasRedirects.Redirect(home, start.get().sitePath())))
                    : bytes(theme.render("home.peb", common(home))));
        }
        SitePath notFound = SitePath.of("404.html");
        sink.write(notFound, bytes(theme.render("404.peb", common(notFound))));
        theme.assets().forEach((path, content) -> sink.write(path.under(ASSETS), content));
        if (!coverage.services().isEmpty()) {
            SitePath page = SitePath.of(COVERAGE_PAGE);
            Map<String, Object> context = common(page);
            context.put("minimum", ApiCoverage.percent(coverage.minimum()));
            context.put("hasMinimum", coverage.minimum() > 0);
            context.put("services", ApiCoveragePage.services(coverage, projects, page));
            sink.write(page, bytes(theme.render("api-coverage.peb", context)));
        }
    }

    private Map<String, Object> common(SitePath at) {
        Map<String, Object> context = new HashMap<>();
        String root = "../".repeat(at.depth());
        List<Map<String, Object>> list = new ArrayList<>();
        for (ProjectConfig project : ComponentOrder.of(config.attributes()).sort(projects.values())) {
            list.add(project(project, at));
        }
        context.put("site", Map.of("title", config.title(), "projects", list));
        context.put("root", root);
        context.put("assets", root + ASSETS + "/");
        context.put("generator", GENERATOR);
        context.put("homeUrl", root + "index.html");
        context.put("apiCoverageUrl", coverage.services().isEmpty() ? null : root + COVERAGE_PAGE);
        return context;
    }

    private Map<String, Object> project(ProjectConfig project, SitePath at) {
        Map<String, Object> model = new HashMap<>();
        model.put("name", project.name());
        model.put("title", project.title());
        model.put("description", project.description());
        model.put("version", project.version());
        model.put("displayVersion", displayVersion(project.id()));
        model.put("prerelease", prereleases.contains(project.id()));
        model.put("url", homeOf(project.id()).map(p -> p.relativeFrom(at)).orElse(null));
        return model;
    }

    /** The version as readers see it: an Antora component's {@code display_version}, else the version. */
    private String displayVersion(ProjectVersion project) {
        return displayVersions.getOrDefault(project, project.version());
    }

    private Optional<SitePath> homeOf(ProjectVersion project) {
        return Optional.ofNullable(homes.get(project));
    }

    /** The project's home: its root index page, else the first page of its navigation. */
    private Optional<SitePath> findHome(ProjectVersion project, List<PageRef> readingOrder) {
        for (String name : IndexPage.LINK_TARGETS) {
            Page page = pages.get(new PageRef(project, SitePath.of(name)));
            if (page != null) {
                return Optional.of(page.sitePath());
            }
        }
        return readingOrder.stream().findFirst().map(ref -> pages.get(ref).sitePath());
    }

    private Map<String, Object> pageModel(Page page, ProjectConfig project) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", page.title());
        model.put("description", page.description());
        model.put("content", Placeholders.replace(page.html(), links.of(page.ref()), this::titleOf));
        List<Map<String, Object>> toc = new ArrayList<>();
        for (Heading heading : page.headings()) {
            if (heading.level() == 2 || heading.level() == 3) {
                toc.add(Map.of("level", heading.level(), "text", heading.text(), "id", heading.id()));
            }
        }
        model.put("toc", toc);
        // The source stage reported a refused editUrl and dropped it; this only keeps the renderer safe on its own.
        model.put("editUrl", project.editUrl() == null || !UrlPolicy.allowed(project.editUrl())
                || !sources.contains(page.ref()) ? null : project.editUrl() + page.source().value());
        model.put("sourcePath", page.displayPath());
        return model;
    }

    /** The text of an empty link: the heading it reaches, else the title of its page; null when unknown. */
    private String titleOf(io.docstack.link.ResolvedLink link) {
        Page target = link.target() == null || link.broken() ? null : pages.get(link.target());
        if (target == null) {
            return null;
        }
        if (link.anchor() != null && !link.anchor().isEmpty()) {
            return target.headings().stream().filter(h -> h.id().equals(link.anchor())).map(Heading::text)
                    .findFirst().orElse(null);
        }
        return target.title();
    }

    private String nav(NavTree tree, ProjectConfig project, SitePath at) {
        String folder = String.join("/", at.folderSegments());
        return navCache.computeIfAbsent(folder, key -> {
            Map<String, Object> context = common(at);
            context.put("project", project(project, at));
            context.put("items", navItems(tree.items(), at));
            return theme.render("nav.peb", context);
        });
    }

    private List<Map<String, Object>> navItems(List<NavItem> items, SitePath at) {
        List<Map<String, Object>> out = new ArrayList<>(items.size());
        for (NavItem item : items) {
            Map<String, Object> model = new HashMap<>();
            model.put("id", item.id());
            model.put("title", item.title());
            // The nav stage reported refused URLs and dropped them; checked again so that no other path writes one.
            String external = item.url() != null && UrlPolicy.allowed(item.url()) ? item.url() : null;
            String url = external;
            if (item.page() != null && pages.containsKey(item.page())) {
                url = pages.get(item.page()).sitePath().relativeFrom(at);
            }
            model.put("url", url);
            model.put("external", external != null);
            model.put("children", navItems(item.children(), at));
            out.add(model);
        }
        return out;
    }

    private static String markCurrent(String navHtml, NavTree tree, PageRef page) {
        Optional<List<NavItem>> trail = tree.trail(page);
        if (trail.isEmpty()) {
            return navHtml;
        }
        String marker = "data-nav=\"" + trail.get().get(trail.get().size() - 1).id() + "\"";
        return navHtml.replace(marker, marker + " aria-current=\"page\"");
    }

    private List<Map<String, Object>> breadcrumbs(Page page, NavTree tree, ProjectConfig project, SitePath at) {
        List<Map<String, Object>> crumbs = new ArrayList<>();
        crumbs.add(crumb(project.title(), homeOf(project.id()).filter(h -> !h.equals(at)).map(h -> h.relativeFrom(at)).orElse(null)));
        if (homeOf(project.id()).map(at::equals).orElse(false)) {
            return crumbs; // the project's home, wherever its navigation lists it
        }
        List<NavItem> trail = tree.trail(page.ref()).orElse(List.of());
        for (int i = 0; i < trail.size() - 1; i++) {
            NavItem item = trail.get(i);
            Page target = item.page() == null ? null : pages.get(item.page());
            crumbs.add(crumb(item.title(), target == null ? null : target.sitePath().relativeFrom(at)));
        }
        crumbs.add(crumb(page.title(), null));
        return crumbs;
    }

    private static Map<String, Object> crumb(String title, String url) {
        Map<String, Object> crumb = new HashMap<>();
        crumb.put("title", title);
        crumb.put("url", url);
        return crumb;
    }

    private Map<String, Object> pageLink(PageRef ref, SitePath at) {
        Page page = pages.get(ref);
        return Map.of("title", page.title(), "url", page.sitePath().relativeFrom(at));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static byte[] bytes(String html) {
        return html.getBytes(StandardCharsets.UTF_8);
    }
}
