package io.docstack.pipeline;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.docstack.config.SiteConfig;
import io.docstack.convert.ConversionCache;
import io.docstack.convert.ConvertedSite;
import io.docstack.convert.Converter;
import io.docstack.link.ApiCoverage;
import io.docstack.link.LinkGraph;
import io.docstack.link.LiveLinks;
import io.docstack.model.Diagnostic;
import io.docstack.model.PageRef;
import io.docstack.model.ProjectVersion;
import io.docstack.model.StageClock;
import io.docstack.nav.Navigator;
import io.docstack.nav.Reachability;
import io.docstack.nav.SiteNavigation;
import io.docstack.source.Catalog;
import io.docstack.source.ProjectSources;
import io.docstack.source.Sources;
import io.docstack.spec.ApiPages;
import io.docstack.spec.ApiSite;
import io.docstack.spec.Specs;

/**
 * The validating stages, in order, written once: source, convert, spec, link, nav, check. A build,
 * the gate and a docs bundle run it once, from nothing ({@link #full}); the preview keeps it open and
 * runs it again per batch of edits ({@link #update}), each stage then redoing only what the edits
 * touch. A build from nothing is an update whose stages have nothing to keep, so all three take
 * the same code path:
 * <ul>
 * <li>source lists again only the projects where files came or went;</li>
 * <li>convert converts only the edited pages (AsciiDoc pages too when a file they may include
 *     changed), keeping its workers and Asciidoctor up between runs;</li>
 * <li>spec reads the specs again only when one was edited;</li>
 * <li>link resolves again only the links of the changed pages and of the pages that link to them
 *     (all pages with a problem when files came or went);</li>
 * <li>nav builds again the trees of the projects with a changed page or nav file;</li>
 * <li>check finds the pages a reader cannot reach, walking the site again only when a navigation
 *     changed, a file came or went, or a page's links reach other pages.</li>
 * </ul>
 * Specs and the theme are few files that every page may show: an edit to one runs every stage
 * after convert on the whole site ({@link Scope.Whole}). After a run that failed half-way (a bug,
 * not the input: that gives diagnostics) the next is from nothing. Render, search and publish
 * follow; they differ by where the site goes (a folder or the preview's memory) and read the
 * run's {@link Scope}. Not thread-safe: one thread runs it; what it returns is immutable.
 */
public final class Pipeline implements AutoCloseable {

    private final SiteConfig config;
    private final Converter converter;
    private final boolean ownsConverter;
    private final boolean html;
    /** The last run's outputs, null until one finished; set back to null while a run is under way. */
    private Validated last;
    private LiveLinks links;
    private ApiPages.Generated reference;
    /** The pages a reader can reach, as of the last run. */
    private Set<PageRef> reached;

    private Pipeline(SiteConfig config, Converter converter, boolean ownsConverter, boolean html) {
        this.config = config;
        this.converter = converter;
        this.ownsConverter = ownsConverter;
        this.html = html;
    }

    /**
     * A pipeline to run on {@code config}: with {@code html}, pages carry their body HTML (a site is
     * to be rendered); without, Markdown pages are parsed only, and unchanged pages may come from
     * {@code cache} (null for none), as the gate does.
     */
    public static Pipeline open(SiteConfig config, boolean html, ConversionCache cache) {
        return new Pipeline(config, Converter.open(config.limits(), config.threads(), html, cache), true, html);
    }

    /** A pipeline converting with {@code converter}, which stays the caller's to close (one Asciidoctor kept across sites). */
    public static Pipeline with(SiteConfig config, Converter converter, boolean html) {
        return new Pipeline(config, converter, false, html);
    }

    /** Runs every stage on {@code config} once, from nothing, and closes the pipeline. */
    public static Validated once(SiteConfig config, StageClock clock, boolean html, ConversionCache cache) {
        try (Pipeline pipeline = open(config, html, cache)) {
            return pipeline.full(clock);
        }
    }

    /** Runs every stage from nothing. */
    public Validated full(StageClock clock) {
        return update(Change.everything(), clock);
    }

    /** Runs every stage on what {@code change} touched since the last run (from nothing, when there was none). */
    public Validated update(Change change, StageClock clock) {
        boolean fromNothing = last == null || change instanceof Change.Everything;
        Validated before = last;
        last = null; // until this run is done
        Set<Path> files = change.files();
        boolean specs = fromNothing || touchesSpecs(before.catalog(), files);
        boolean theme = fromNothing || config.themeDir() != null && files.stream().anyMatch(f -> f.startsWith(absolute(config.themeDir())));
        Catalog catalog = clock.time("source", () -> fromNothing ? Sources.aggregate(config) : Sources.rescan(config, before.catalog(), files));
        Converter.Update converted = clock.time("convert", () -> fromNothing ? converter.full(catalog) : converter.update(catalog, files));
        ApiSite apis = specs ? clock.time("spec", () -> Specs.read(catalog, config.limits())) : before.apis();
        ApiPages.Generated pages = specs ? clock.time("spec pages", () -> ApiPages.generate(apis, html)) : reference;
        ConvertedSite site = ApiPages.addTo(converted.site(), pages);
        Set<PageRef> changed = new HashSet<>(converted.changed());
        if (!fromNothing && catalog != before.catalog()) {
            changed.addAll(AssetChanges.cameOrWent(before.catalog(), catalog));
        }
        boolean whole = specs || theme;
        LinkGraph graph = clock.time("link", () -> {
            if (whole) {
                links = LiveLinks.resolve(catalog, site, apis);
                return links.graph();
            }
            return links.update(catalog, site, changed);
        });
        ApiCoverage coverage = ApiCoverage.of(apis, graph, config.minApiCoverage());
        Scope scope;
        SiteNavigation navigation;
        if (whole) {
            navigation = clock.time("nav", () -> Navigator.build(catalog, site, config.limits()));
            scope = new Scope.Whole(specs, theme);
        } else {
            Set<ProjectVersion> projects = navProjects(before, catalog, files, changed);
            navigation = clock.time("nav", () -> Navigator.update(before.navigation(), catalog, site, config.limits(), projects));
            scope = new Scope.Partial(files, changed, links.relinked(), navChanged(before.navigation(), navigation, projects));
        }
        List<Diagnostic> unreachable = clock.time("check", () -> {
            if (!(scope instanceof Scope.Partial partial) || Reach.mayChange(before.links(), graph, partial)) {
                reached = Reachability.reached(site, graph, navigation);
            }
            return Reachability.unreachable(site, reached);
        });
        Validated next = Validated.of(catalog, site, apis, graph, navigation, coverage, unreachable, scope);
        reference = pages;
        last = next;
        return next;
    }

    /** The pages with a link that reaches or means {@code file} (a page or an asset), as of the last run. */
    public Set<PageRef> linkersOf(PageRef file) {
        return links.linkersOf(file);
    }

    /** The projects whose navigation may have changed: with a changed page or asset, new files, or an edited file their nav reads. */
    private static Set<ProjectVersion> navProjects(Validated before, Catalog catalog, Set<Path> edited, Set<PageRef> changed) {
        Set<ProjectVersion> projects = new HashSet<>();
        changed.forEach(ref -> projects.add(ref.project()));
        for (ProjectSources project : catalog.projects()) {
            ProjectVersion id = project.config().id();
            ProjectSources was = before.catalog().project(id).orElse(null);
            if (was != project || edited.stream().anyMatch(project::navigationMayRead)) {
                projects.add(id);
            }
        }
        return projects;
    }

    private static Set<ProjectVersion> navChanged(SiteNavigation before, SiteNavigation after, Set<ProjectVersion> projects) {
        Set<ProjectVersion> changed = new HashSet<>();
        for (ProjectVersion project : projects) {
            if (!after.tree(project).equals(before.tree(project))) {
                changed.add(project);
            }
        }
        return changed;
    }

    private static boolean touchesSpecs(Catalog catalog, Set<Path> files) {
        for (ProjectSources project : catalog.projects()) {
            for (Path location : project.config().specLocations()) {
                Path root = absolute(location);
                if (files.stream().anyMatch(f -> f.startsWith(root))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }

    @Override
    public void close() {
        if (ownsConverter) {
            converter.close();
        }
    }
}
