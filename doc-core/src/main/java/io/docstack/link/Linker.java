package io.docstack.link;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.docstack.convert.ConvertedSite;
import io.docstack.model.Diagnostic;
import io.docstack.model.Link;
import io.docstack.model.Page;
import io.docstack.model.PageRef;
import io.docstack.model.ProjectVersion;
import io.docstack.model.Rules;
import io.docstack.model.SitePath;
import io.docstack.model.Suggestions;
import io.docstack.source.Catalog;
import io.docstack.source.ProjectSources;
import io.docstack.source.SourceFile;

/**
 * The link stage: resolves every link of every page against the catalog and the converted pages
 * (for anchors), giving the URL to write and a diagnostic for each broken one.
 *
 * <p>A path may name the source ({@code install.md}), its output ({@code install.html}), or a
 * folder with an {@code index} page; without an extension, {@code .md} and {@code .adoc} are
 * tried. Links into pages that failed to convert are not checked for anchors (their own
 * diagnostic says what is wrong). Stateless and thread-safe.
 */
public final class Linker {

    private final Catalog catalog;
    private final Map<ProjectVersion, Map<SitePath, SourceFile>> files = new HashMap<>();
    private final Map<PageRef, Page> pages = new HashMap<>();

    private Linker(Catalog catalog, ConvertedSite site) {
        this.catalog = catalog;
        for (ProjectSources project : catalog.projects()) {
            files.put(project.config().id(), project.byPath());
        }
        for (Page page : site.pages()) {
            pages.put(page.ref(), page);
        }
    }

    /** Resolves the links of every page of {@code site}. */
    public static LinkGraph resolve(Catalog catalog, ConvertedSite site) {
        Linker linker = new Linker(catalog, site);
        Map<PageRef, List<ResolvedLink>> resolved = new HashMap<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Page page : site.pages()) {
            List<ResolvedLink> links = new ArrayList<>(page.links().size());
            for (Link link : page.links()) {
                links.add(linker.resolve(page, link, diagnostics));
            }
            resolved.put(page.ref(), links);
        }
        Collections.sort(diagnostics);
        return new LinkGraph(resolved, diagnostics);
    }

    private ResolvedLink resolve(Page page, Link link, List<Diagnostic> diagnostics) {
        LinkTarget target = LinkTarget.parse(link.target());
        if (target instanceof LinkTarget.External external) {
            return new ResolvedLink(link, external.url(), null, null, false);
        }
        if (target instanceof LinkTarget.SamePage same) {
            return samePage(page, link, same.anchor(), diagnostics);
        }
        if (target instanceof LinkTarget.Invalid invalid) {
            return broken(link, diagnostics, problem(Rules.XREF_SYNTAX, page, link, invalid.reason(),
                    "write xref:project:path/page.md#anchor, or a relative path"));
        }
        return inSite(page, link, (LinkTarget.InSite) target, diagnostics);
    }

    private ResolvedLink samePage(Page page, Link link, String anchor, List<Diagnostic> diagnostics) {
        if (!anchor.isEmpty() && !page.failed() && !page.anchors().contains(anchor)) {
            diagnostics.add(problem(Rules.LINK_ANCHOR, page, link, "no anchor '" + anchor + "' in this page",
                    Suggestions.didYouMean(anchor, page.anchors())));
        }
        return new ResolvedLink(link, "#" + anchor, page.ref(), anchor, false);
    }

    private ResolvedLink inSite(Page page, Link link, LinkTarget.InSite target, List<Diagnostic> diagnostics) {
        Optional<ProjectSources> project = targetProject(page, target);
        if (project.isEmpty()) {
            String wanted = target.project() + (target.version() == null ? "" : "@" + target.version());
            return broken(link, diagnostics, problem(Rules.XREF_PROJECT, page, link,
                    "no project '" + wanted + "' in this site", projectHint(target)));
        }
        ProjectVersion projectId = project.get().config().id();
        Optional<SitePath> path = target.fromRoot() || target.project() != null
                ? SitePath.parse(normalizeRootPath(target.path()))
                : relativePath(page.source(), target.path());
        if (path.isEmpty()) {
            return broken(link, diagnostics, problem(Rules.LINK_ESCAPE, page, link,
                    "'" + link.target() + "' points outside the docs folder of " + projectId.name(),
                    "link to pages of other projects with xref:project:path"));
        }
        Optional<SourceFile> file = find(projectId, path.get());
        if (file.isEmpty()) {
            return broken(link, diagnostics, problem(Rules.LINK_BROKEN, page, link,
                    "'" + link.target() + "' does not exist" + (target.project() == null ? "" : " in project " + projectId.name()),
                    pathHint(projectId, path.get())));
        }
        SitePath to = file.get().output().under(projectId.sitePrefix());
        String href = to.relativeFrom(page.sitePath()) + target.query();
        String anchor = target.anchor();
        if (!file.get().kind().isPage()) {
            // An asset's fragment (a PDF page, an SVG view) cannot be checked, but is kept.
            return new ResolvedLink(link, anchor == null || anchor.isEmpty() ? href : href + "#" + anchor,
                    null, null, false);
        }
        PageRef ref = new PageRef(projectId, file.get().path());
        if (anchor != null && !anchor.isEmpty()) {
            href += "#" + anchor;
            checkAnchor(page, link, ref, anchor, diagnostics);
        }
        return new ResolvedLink(link, href, ref, anchor, false);
    }

    private void checkAnchor(Page page, Link link, PageRef ref, String anchor, List<Diagnostic> diagnostics) {
        Page targetPage = pages.get(ref);
        if (targetPage != null && !targetPage.failed() && !targetPage.anchors().contains(anchor)) {
            diagnostics.add(problem(Rules.LINK_ANCHOR, page, link,
                    "no anchor '" + anchor + "' in " + ref.project().name() + "/" + ref.source(),
                    Suggestions.didYouMean(anchor, targetPage.anchors())));
        }
    }

    private Optional<ProjectSources> targetProject(Page page, LinkTarget.InSite target) {
        if (target.project() == null) {
            return catalog.project(page.project());
        }
        if (target.version() != null) {
            return catalog.project(new ProjectVersion(target.project(), target.version()));
        }
        return catalog.project(target.project(), page.project().version());
    }

    /** The file a path names: itself, the source of an .html output, an index page, or the path plus .md/.adoc. */
    private Optional<SourceFile> find(ProjectVersion project, SitePath path) {
        Map<SitePath, SourceFile> byPath = files.getOrDefault(project, Map.of());
        List<SitePath> candidates = new ArrayList<>();
        candidates.add(path);
        String extension = path.extension();
        if (extension.equals("html")) {
            candidates.add(path.withExtension("md"));
            candidates.add(path.withExtension("adoc"));
        } else if (extension.isEmpty()) {
            for (String index : SourceFile.INDEX_PAGES) {
                candidates.add(SitePath.of(path.value() + "/" + index));
            }
            candidates.add(SitePath.of(path.value() + ".md"));
            candidates.add(SitePath.of(path.value() + ".adoc"));
        }
        return candidates.stream().map(byPath::get).filter(f -> f != null).findFirst();
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

    private String pathHint(ProjectVersion project, SitePath path) {
        List<String> known = files.getOrDefault(project, Map.of()).keySet().stream().map(SitePath::value).toList();
        return Suggestions.didYouMean(path.value(), known);
    }

    private String projectHint(LinkTarget.InSite target) {
        List<String> names = catalog.projects().stream().map(p -> p.config().name()).distinct().toList();
        String near = Suggestions.nearest(target.project(), names);
        if (near != null && !near.equals(target.project())) {
            return "did you mean '" + near + "'?";
        }
        if (target.version() != null) {
            List<String> versions = catalog.projects().stream().filter(p -> p.config().name().equals(target.project()))
                    .map(p -> p.config().version()).toList();
            if (!versions.isEmpty()) {
                return target.project() + " has versions " + String.join(", ", versions);
            }
        }
        return "the site has projects " + String.join(", ", names);
    }

    private static ResolvedLink broken(Link link, List<Diagnostic> diagnostics, Diagnostic problem) {
        diagnostics.add(problem);
        return new ResolvedLink(link, link.target(), null, null, true);
    }

    private static Diagnostic problem(String rule, Page page, Link link, String message, String hint) {
        String kind = link.kind() == Link.Kind.IMAGE ? "image " : "";
        return Diagnostic.error(rule, page.displayPath(), link.line(), link.column(), kind + message, hint);
    }
}
