package io.docstack.link;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.docstack.config.AnchorStyle;
import io.docstack.convert.ConvertedSite;
import io.docstack.model.Diagnostic;
import io.docstack.spec.ApiSite;
import io.docstack.model.Link;
import io.docstack.model.PageRef;
import io.docstack.model.ProjectVersion;
import io.docstack.model.Rules;
import io.docstack.model.SitePath;
import io.docstack.model.Suggestions;
import io.docstack.model.UrlPolicy;
import io.docstack.source.AntoraComponent;
import io.docstack.source.Catalog;
import io.docstack.source.IndexPage;

/**
 * The link stage: resolves every link of every page against the catalog, the converted pages
 * (for anchors) and the link inventories of projects not built here, giving the URL to write and
 * a diagnostic for each broken one.
 *
 * <p>A path may name the source ({@code install.md}), its output ({@code install.html}), or a
 * folder with an {@code index} page; without an extension, {@code .md} and {@code .adoc} are
 * tried. Links into pages that failed to convert are not checked for anchors (their own
 * diagnostic says what is wrong). References that inventoried pages make into the projects built
 * here are checked too, so a change that breaks another project's links is reported. Stateless
 * and thread-safe.
 */
public final class Linker {

    /** Extensions of links that mean a page; any other missing target is a missing asset. */
    private static final Set<String> PAGE_EXTENSIONS = Set.of("", "md", "markdown", "adoc", "asciidoc", "html", "htm");

    private final Targets targets;
    private final ApiLinks apiLinks;

    private Linker(Catalog catalog, ConvertedSite site, ApiSite apis) {
        this(new Targets(catalog, site), apiLinks(catalog, apis));
    }

    Linker(Targets targets, ApiLinks apiLinks) {
        this.targets = targets;
        this.apiLinks = apiLinks;
    }

    static ApiLinks apiLinks(Catalog catalog, ApiSite apis) {
        return new ApiLinks(apis, InventoryServices.of(catalog), catalog.projects().stream()
                .map(p -> p.config().name()).collect(java.util.stream.Collectors.toSet()),
                Set.copyOf(InventoryServices.projectNames(catalog)));
    }

    Targets targets() {
        return targets;
    }

    /** Resolves the links of a site without API specs (an {@code api:} reference then names no known service). */
    public static LinkGraph resolve(Catalog catalog, ConvertedSite site) {
        return resolve(catalog, site, new ApiSite(List.of(), List.of()));
    }

    /**
     * Resolves the links of every page of {@code site} (including {@code api:} references against
     * the specs of {@code apis} and the operations of the catalog's inventories), and the inbound
     * links of the catalog's inventories.
     */
    public static LinkGraph resolve(Catalog catalog, ConvertedSite site, ApiSite apis) {
        return new Linker(catalog, site, apis).resolveSite(catalog, site, apis);
    }

    /** {@link #resolve(Catalog, ConvertedSite, ApiSite)} with this linker (built from the same catalog, site and specs). */
    LinkGraph resolveSite(Catalog catalog, ConvertedSite site, ApiSite apis) {
        Set<ProjectVersion> mkdocs = mkdocsProjects(catalog);
        Map<ProjectVersion, AntoraComponent> antora = antoraProjects(catalog);
        // Pages are independent and the linker immutable: resolve them on every core.
        List<List<ResolvedLink>> perPage = site.pages().parallelStream()
                .map(page -> resolveAll(Origin.of(page, mkdocs, antora), page.links()))
                .toList();
        Map<PageRef, List<ResolvedLink>> resolved = new HashMap<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (int i = 0; i < perPage.size(); i++) {
            resolved.put(site.pages().get(i).ref(), perPage.get(i));
            perPage.get(i).stream().map(ResolvedLink::problem).filter(p -> p != null).forEach(diagnostics::add);
        }
        return graph(catalog, apis, resolved, diagnostics);
    }

    /**
     * The graph of the pages' resolved links and their problems, with the inventories' inbound
     * references checked by this linker.
     */
    LinkGraph graph(Catalog catalog, ApiSite apis, Map<PageRef, List<ResolvedLink>> resolved, List<Diagnostic> pageProblems) {
        List<Diagnostic> diagnostics = new ArrayList<>(pageProblems);
        List<ResolvedLink> inbound = new InboundLinks(catalog, apis, this::resolve).check();
        inbound.forEach(link -> diagnostics.add(link.problem()));
        Collections.sort(diagnostics);
        return new LinkGraph(resolved, inbound, diagnostics);
    }

    static Map<ProjectVersion, AntoraComponent> antoraProjects(Catalog catalog) {
        Map<ProjectVersion, AntoraComponent> antora = new HashMap<>();
        catalog.projects().stream().filter(p -> p.antora() != null).forEach(p -> antora.put(p.config().id(), p.antora()));
        return antora;
    }

    static Set<ProjectVersion> mkdocsProjects(Catalog catalog) {
        Set<ProjectVersion> mkdocs = new java.util.HashSet<>();
        catalog.projects().stream().filter(p -> p.config().anchors() == AnchorStyle.MKDOCS)
                .forEach(p -> mkdocs.add(p.config().id()));
        return mkdocs;
    }

    List<ResolvedLink> resolveAll(Origin page, List<Link> links) {
        List<ResolvedLink> resolved = new ArrayList<>(links.size());
        for (Link link : links) {
            resolved.add(resolve(page, link));
        }
        return resolved;
    }

    ResolvedLink resolve(Origin page, Link link) {
        if (page.antoraModule() == null) {
            return resolve(page, link, LinkTarget.parse(link.target()));
        }
        if (link.kind() == Link.Kind.IMAGE) {
            // An image of another module by resource id, when it names one of the site; else the target is a URL.
            Optional<ResolvedLink> image = LinkTarget.antoraImage(link.target(), page.project().name(), page.antoraModule())
                    .map(target -> inSite(page, link, target)).filter(found -> found.problem() == null);
            if (image.isPresent()) {
                return image.get();
            }
        }
        ResolvedLink resolved = resolve(page, link, LinkTarget.parseAntora(link.target(), page.project().name(),
                page.antoraModule()));
        // Antora checks xrefs only; a relative link: URL that leads nowhere is reported, as a warning.
        boolean url = link.kind() == Link.Kind.LINK && !link.target().strip().startsWith("xref:");
        return url && resolved.problem() != null && resolved.problem().severity() == io.docstack.model.Severity.ERROR
                && !resolved.problem().rule().equals(Rules.LINK_SCHEME)
                ? new ResolvedLink(resolved.link(), resolved.href(), resolved.target(), resolved.anchor(), resolved.broken(),
                        resolved.wanted(), resolved.problem().withSeverity(io.docstack.model.Severity.WARNING))
                : resolved;
    }

    private ResolvedLink resolve(Origin page, Link link, LinkTarget target) {
        if (target instanceof LinkTarget.External external) {
            return external(page, link, external.url());
        }
        if (UrlPolicy.refusedTarget(link.target(), link.kind() == Link.Kind.IMAGE)) {
            // A scheme the browser sees but the link syntax does not (" java\tscript:", "\1javascript:").
            return external(page, link, link.target());
        }
        if (target instanceof LinkTarget.SamePage same) {
            return samePage(page, link, same.anchor());
        }
        if (target instanceof LinkTarget.Api api) {
            return apiLinks.resolve(page, link, api);
        }
        if (target instanceof LinkTarget.Invalid invalid) {
            if (link.target().strip().startsWith("api:")) {
                return broken(link, null, problem(Rules.API_SYNTAX, page, link, invalid.reason(),
                        "write api:service:operationId, api:service:METHOD /path, optionally @version and #parameter"));
            }
            return broken(link, null, problem(Rules.XREF_SYNTAX, page, link, invalid.reason(),
                    "write xref:project:path/page.md#anchor, or a relative path"));
        }
        return inSite(page, link, (LinkTarget.InSite) target);
    }

    /**
     * A URL outside the site, written as it is when {@link UrlPolicy} allows its scheme; else
     * {@code #}, broken, with a {@code link.scheme} error.
     */
    private static ResolvedLink external(Origin page, Link link, String url) {
        if (allowed(link, url)) {
            return new ResolvedLink(link, url, null, null, false);
        }
        Diagnostic problem = UrlPolicy.refused(page.displayPath(), link.line(), link.column(),
                link.kind() == Link.Kind.IMAGE ? "image" : "link", url);
        return new ResolvedLink(link, "#", null, null, true, null, problem);
    }

    private static boolean allowed(Link link, String url) {
        return link.kind() == Link.Kind.IMAGE ? UrlPolicy.allowedImage(url) : UrlPolicy.allowed(url);
    }

    private ResolvedLink samePage(Origin page, Link link, String anchor) {
        PageRef self = new PageRef(page.project(), page.source());
        Diagnostic problem = null;
        if (!anchor.isEmpty() && page.anchors() != null && !page.anchors().contains(anchor)) {
            problem = problem(Rules.LINK_ANCHOR, page, link, "no anchor '" + anchor + "' in this page",
                    Suggestions.didYouMean(anchor, page.anchors()));
        }
        return new ResolvedLink(link, "#" + anchor, self, anchor, false, self, problem);
    }

    private ResolvedLink inSite(Origin page, Link link, LinkTarget.InSite target) {
        Optional<ProjectVersion> project = target.project() == null ? Optional.of(page.project())
                : targets.project(target.project(), target.version(), page.project());
        if (project.isEmpty()) {
            return broken(link, null, problem(Rules.XREF_PROJECT, page, link,
                    "no project '" + target.named() + "' in this site", projectHint(target)));
        }
        ProjectVersion projectId = project.get();
        Optional<SitePath> start = target.fromRoot() && target.path().isEmpty() ? targets.startPage(projectId) : Optional.empty();
        Optional<SitePath> path = start.isPresent() ? start
                : target.fromRoot() || target.project() != null ? SitePath.parse(normalizeRootPath(target.path()))
                : relativePath(page.source(), target.path());
        if (page.mkdocs() && !target.fromRoot() && target.project() == null) {
            path = asMkdocsResolves(page, link, projectId, target.path(), path);
        }
        if (path.isEmpty()) {
            return broken(link, null, problem(Rules.LINK_ESCAPE, page, link,
                    "'" + link.target() + "' points outside the docs folder of " + projectId.name(),
                    "link to pages of other projects with xref:project:path"));
        }
        PageRef wanted = new PageRef(projectId, path.get());
        Optional<Targets.Target> file = targets.find(projectId, path.get());
        Diagnostic caseProblem = null;
        if (file.isEmpty()) {
            file = targets.findIgnoringCase(projectId, path.get());
            if (file.isEmpty()) {
                return broken(link, wanted, missing(page, link, target, projectId, path.get()));
            }
            caseProblem = problem(Rules.LINK_CASE, page, link, "'" + link.target() + "' matches '"
                    + file.get().ref().source() + "' only when letter case is ignored",
                    "write '" + spelled(link, target, page, file.get().ref()) + "': URLs are case-sensitive on most web servers");
        }
        return found(page, link, target, file.get(), wanted, caseProblem);
    }

    /**
     * MkDocs rewrites a Markdown link that names a file of the docs folder exactly; every other
     * relative URL (a directory URL such as {@code ../ports/}, raw HTML) is left to the browser,
     * which resolves it from the page's directory URL: {@code a/b.md} is served as {@code a/b/}.
     * So {@code ../ports/} works in {@code a/b.md} when {@code a/ports.md} exists, and a folder
     * link that only works from the source folder is broken in the built site.
     */
    private Optional<SitePath> asMkdocsResolves(Origin page, Link link, ProjectVersion project, String written,
                                                Optional<SitePath> fromSource) {
        if (!link.html() && fromSource.isPresent() && targets.exists(project, fromSource.get())) {
            return fromSource;
        }
        return relativePath(directoryUrl(page.source()), written);
    }

    /** A path whose siblings are what a page's directory URL resolves relative URLs to. */
    private static SitePath directoryUrl(SitePath source) {
        if (IndexPage.isLinkTarget(source.fileName())) {
            return source;
        }
        String value = source.value();
        int dot = value.lastIndexOf('.');
        return SitePath.of((dot > value.lastIndexOf('/') ? value.substring(0, dot) : value) + "/index.md");
    }

    /** How the author should write the path of a link to {@code real}, in the form they chose. */
    private static String spelled(Link link, LinkTarget.InSite target, Origin page, PageRef real) {
        if (target.project() != null) {
            return "xref:" + target.named() + ":" + real.source();
        }
        if (link.target().strip().startsWith("xref:")) {
            return "xref:" + real.source();
        }
        return target.fromRoot() ? "/" + real.source() : real.source().relativeFrom(page.source());
    }

    private ResolvedLink found(Origin page, Link link, LinkTarget.InSite target, Targets.Target file, PageRef wanted,
                               Diagnostic caseProblem) {
        SitePath to = file.output().under(file.ref().project().sitePrefix());
        String href = to.relativeFrom(page.sitePath()) + target.query();
        String anchor = target.anchor();
        boolean hasAnchor = anchor != null && !anchor.isEmpty();
        if (!file.page()) {
            // An asset's fragment (a PDF page, an SVG view) cannot be checked, but is kept.
            return new ResolvedLink(link, hasAnchor ? href + "#" + anchor : href, null, null, false, wanted, caseProblem);
        }
        Diagnostic problem = caseProblem;
        if (hasAnchor) {
            href += "#" + anchor;
            if (problem == null) {
                problem = anchorProblem(page, link, file, anchor);
            }
        }
        return new ResolvedLink(link, href, file.ref(), anchor, false, wanted, problem);
    }

    private Diagnostic missing(Origin page, Link link, LinkTarget.InSite target, ProjectVersion project, SitePath path) {
        boolean asset = link.kind() == Link.Kind.IMAGE || !PAGE_EXTENSIONS.contains(path.extension().toLowerCase());
        String where = target.project() == null ? "" : " in project " + project.name();
        return problem(asset ? Rules.LINK_ASSET : Rules.LINK_BROKEN, page, link,
                "'" + link.target() + "' does not exist" + where,
                Suggestions.didYouMean(path.value(), targets.paths(project)));
    }

    private static Diagnostic anchorProblem(Origin page, Link link, Targets.Target file, String anchor) {
        if (file.anchors() == null || file.anchors().contains(anchor)) {
            return null;
        }
        PageRef ref = file.ref();
        return problem(Rules.LINK_ANCHOR, page, link,
                "no anchor '" + anchor + "' in " + ref.project().name() + "/" + ref.source(),
                Suggestions.didYouMean(anchor, file.anchors()));
    }

    /**
     * A path relative to the page's folder. "" is the page itself; a path naming the docs folder
     * itself ({@code ../} from a subfolder, {@code ./} at the top), which no SitePath can hold, is
     * its index page, as for xrefs to a project's root.
     */
    private static Optional<SitePath> relativePath(SitePath from, String path) {
        if (path.isEmpty()) {
            return Optional.of(from);
        }
        Optional<SitePath> resolved = from.resolveSibling(path);
        return resolved.isPresent() ? resolved : from.resolveSibling(path + "/index.md");
    }

    private static String normalizeRootPath(String path) {
        String trimmed = path;
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() ? "index.md" : SitePath.of("x").resolveSibling(trimmed).map(SitePath::value).orElse(trimmed);
    }

    private String projectHint(LinkTarget.InSite target) {
        List<String> names = targets.projectNames();
        String near = Suggestions.nearest(target.project(), names);
        if (near != null && !near.equals(target.project())) {
            return "did you mean '" + near + "'?";
        }
        if (target.version() != null) {
            List<String> versions = targets.versions(target.project());
            if (!versions.isEmpty()) {
                return target.project() + " has versions " + String.join(", ", versions);
            }
        }
        return "the site has projects " + String.join(", ", names);
    }

    private static ResolvedLink broken(Link link, PageRef wanted, Diagnostic problem) {
        // Written as the author wrote it, so that the reader sees the mistake; never a refused URL.
        String href = UrlPolicy.refusedTarget(link.target(), link.kind() == Link.Kind.IMAGE) ? "#" : link.target();
        return new ResolvedLink(link, href, null, null, true, wanted, problem);
    }

    /**
     * A problem of a link, at the file and line it is written in. A link in a file the page
     * includes (an AsciiDoc partial) is resolved as the page's, so the message names the page:
     * the same line can be broken in one page that includes it and not in another, and each
     * page that includes it has the problem once, as Antora reports it (for the page).
     */
    private static Diagnostic problem(String rule, Origin page, Link link, String message, String hint) {
        String kind = link.kind() == Link.Kind.IMAGE ? "image " : "";
        if (link.file() == null || link.file().equals(page.displayPath())) {
            return Diagnostic.error(rule, page.displayPath(), link.line(), link.column(), kind + message, hint);
        }
        return Diagnostic.error(rule, link.file(), link.line(), link.column(),
                kind + message + Diagnostic.inPage(page.displayPath()), hint);
    }
}
