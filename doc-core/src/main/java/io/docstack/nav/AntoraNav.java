package io.docstack.nav;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.docstack.config.Limits;
import io.docstack.convert.AntoraResources;
import io.docstack.model.Diagnostic;
import io.docstack.model.Page;
import io.docstack.model.PageRef;
import io.docstack.model.ProjectVersion;
import io.docstack.model.Rules;
import io.docstack.model.Utf8Text;
import io.docstack.model.SitePath;
import io.docstack.model.UrlPolicy;
import io.docstack.source.AntoraComponent;
import io.docstack.source.AntoraId;
import io.docstack.source.ProjectSources;
import io.docstack.source.Catalog;
import io.docstack.source.SourceFile;

/**
 * The navigation of an Antora component version, from the {@code nav.adoc} files its
 * {@code antora.yml} lists, in that order: each file's block title ({@code .Guides}) opens a
 * section, and its list items, nested by their number of {@code *}, are entries: an xref
 * ({@code * xref:install.adoc[Install]}, resolved in the nav file's module like a page's), a URL
 * ({@code * link:https://example.com[Example]}, {@code * https://example.com[Example]}) or plain
 * text. A URL that {@link UrlPolicy} refuses is a {@code link.scheme} error; its entry is plain
 * text. {@code include::} directives with resource ids ({@code partial$nav.adoc}) are followed,
 * up to {@link Limits#maxIncludeDepth()} levels and, per top nav file, {@link Limits#maxIncludes()}
 * files of together {@link Limits#maxIncludedBytes()}. An xref whose page does not exist is a
 * {@code link.broken} error on the nav file (Antora's "target of xref not found"), at the line of
 * the top file's include that brought it in. Stateless.
 */
final class AntoraNav {

    private static final Pattern ITEM = Pattern.compile("^(\\*+)\\s+(.*)$");
    private static final Pattern XREF = Pattern.compile("xref:([^\\[\\s]+)\\[([^\\]]*)\\]");
    /** A link macro, or a bare URL with text, as Asciidoctor links them. */
    private static final Pattern LINK = Pattern.compile(
            "(?<![\\w:])(?:link:([^\\[\\s]+)|((?:https?|ftp|irc)://[^\\[\\s]*|mailto:[^\\[\\s]*))\\[([^\\]]*)\\]");
    private static final Pattern INCLUDE = Pattern.compile("^include::([^\\[]+)\\[[^\\]]*\\]\\s*$");
    private static final Pattern TITLE = Pattern.compile("^\\.([^.\\s].*)$");

    private AntoraNav() {
    }

    /** What a nav file is read against: the component, every page of the site, include resolution. */
    record Context(ProjectVersion project, AntoraComponent component, Map<PageRef, Page> pages, Catalog catalog,
                   AntoraResources resources, Limits limits) {
    }

    /** One list item or title line, at a line of the top nav file. */
    private record Line(String text, int line) {
    }

    static List<NavItem> read(Context context, Supplier<String> ids, List<Diagnostic> diagnostics) {
        List<NavItem> items = new ArrayList<>();
        for (SourceFile file : context.component().navFiles()) {
            String module = moduleOf(context.component(), file.file());
            List<Line> lines = new ArrayList<>();
            expand(context, file.file(), module, 0, 0, lines, new Expansion(file, diagnostics));
            items.addAll(tree(context, module, lines, file, ids, diagnostics));
        }
        return items;
    }

    /** The module a nav file is in: {@code modules/<module>/…}. */
    private static String moduleOf(AntoraComponent component, Path file) {
        Path root = component.rootOf(file);
        Path relative = root == null ? file.getFileName() : root.relativize(file);
        return relative.getNameCount() > 2 && relative.getName(0).toString().equals("modules")
                ? relative.getName(1).toString() : AntoraComponent.ROOT;
    }

    /**
     * What the includes of one top nav file have read so far: like a page's, they are bounded in
     * number and bytes as well as depth, and a refusal past those limits is reported once.
     */
    private static final class Expansion {
        final SourceFile top;
        final List<Diagnostic> diagnostics;
        int includes;
        long bytes;
        boolean limitReported;

        Expansion(SourceFile top, List<Diagnostic> diagnostics) {
            this.top = top;
            this.diagnostics = diagnostics;
        }

        /** Whether {@code file} may be included; counts it when it may, reports the first refusal. */
        boolean admits(Path file, int line, Limits limits) {
            long size = size(file);
            String problem = includes >= limits.maxIncludes()
                    ? "the navigation includes more than maxIncludes (" + limits.maxIncludes() + ") files"
                    : bytes + size > limits.maxIncludedBytes()
                    ? "the navigation's includes add more than maxIncludedBytes (" + limits.maxIncludedBytes() + ") bytes"
                    : null;
            if (problem == null) {
                includes++;
                bytes += size;
                return true;
            }
            if (!limitReported) {
                limitReported = true;
                diagnostics.add(Diagnostic.error(Rules.SOURCE_LIMIT, top.displayPath(), line, 1,
                        problem + "; this include and the ones after it are left out",
                        "include fewer or smaller files, or check for files that include each other many times"));
            }
            return false;
        }

        private static long size(Path file) {
            try {
                return Files.size(file);
            } catch (IOException e) {
                return 0; // reading it reports the problem
            }
        }
    }

    private static void expand(Context context, Path file, String module, int depth, int topLine, List<Line> lines,
                               Expansion expansion) {
        List<String> text;
        try {
            Utf8Text decoded = Utf8Text.decode(Files.readAllBytes(file));
            if (!decoded.valid()) {
                expansion.diagnostics.add(depth == 0
                        ? Diagnostic.error(Rules.NAV_SYNTAX, expansion.top.displayPath(), decoded.line(), decoded.column(),
                                decoded.problem("navigation file"), Utf8Text.HINT)
                        : Diagnostic.error(Rules.NAV_SYNTAX, expansion.top.displayPath(), topLine, 1,
                                decoded.problem("included navigation file") + " on its line " + decoded.line(),
                                Utf8Text.HINT));
                return;
            }
            text = decoded.text().lines().toList();
        } catch (IOException e) {
            expansion.diagnostics.add(Diagnostic.error(Rules.NAV_SYNTAX, expansion.top.displayPath(), topLine, 0,
                    "navigation file cannot be read: " + e.getMessage(), "check that it exists and is UTF-8"));
            return;
        }
        for (int i = 0; i < text.size(); i++) {
            int at = depth == 0 ? i + 1 : topLine;
            Matcher include = INCLUDE.matcher(text.get(i).strip());
            if (!include.matches()) {
                lines.add(new Line(text.get(i), at));
                continue;
            }
            Optional<Path> included = depth < context.limits().maxIncludeDepth()
                    ? context.resources().resolve(context.component(), module, include.group(1)) : Optional.empty();
            if (included.isEmpty()) {
                expansion.diagnostics.add(Diagnostic.error(Rules.NAV_SYNTAX, expansion.top.displayPath(), at, 1,
                        "include file not found: " + include.group(1), "check the resource id: [component:][module:]partial$path"));
            } else if (expansion.admits(included.get(), at, context.limits())) {
                expand(context, included.get(), module, depth + 1, at, lines, expansion);
            }
        }
    }

    /** Items from the lines: titles open sections, {@code *} depth nests. */
    private static List<NavItem> tree(Context context, String module, List<Line> lines, SourceFile file,
                                      Supplier<String> ids, List<Diagnostic> diagnostics) {
        List<Builder> top = new ArrayList<>();
        List<Builder> open = new ArrayList<>(); // open.get(d) is the last item at depth d+1
        Builder section = null;
        for (Line line : lines) {
            Matcher title = TITLE.matcher(line.text().strip());
            Matcher item = ITEM.matcher(line.text().strip());
            if (title.matches() && !line.text().strip().startsWith("..")) {
                section = new Builder(ids.get(), title.group(1).strip(), null);
                top.add(section);
                open.clear();
                continue;
            }
            if (!item.matches()) {
                continue;
            }
            int depth = item.group(1).length();
            Builder entry = entry(context, module, item.group(2).strip(), line, file, ids, diagnostics);
            List<Builder> container = section == null ? top : section.children;
            // An item one level deeper than the last goes under it; a skipped level goes to the top.
            (depth == 1 || open.size() < depth - 1 ? container : open.get(depth - 2).children).add(entry);
            while (open.size() > depth - 1) {
                open.remove(open.size() - 1);
            }
            while (open.size() < depth) {
                open.add(entry);
            }
        }
        return top.stream().map(Builder::build).toList();
    }

    private static Builder entry(Context context, String module, String content, Line line, SourceFile file,
                                 Supplier<String> ids, List<Diagnostic> diagnostics) {
        Matcher xref = XREF.matcher(content);
        if (!xref.find()) {
            return linkOrText(content, line, file, ids, diagnostics);
        }
        String target = xref.group(1);
        PageRef page = resolve(context, module, target).orElse(null);
        if (page == null) {
            diagnostics.add(Diagnostic.error(Rules.LINK_BROKEN, file.displayPath(), line.line(), 1,
                    "'xref:" + target + "' does not exist", "check the page's resource id: [component:][module:]page.adoc"));
        }
        String text = xref.group(2).strip();
        if (text.isEmpty()) {
            text = page == null ? target : context.pages().get(page).title();
        }
        return new Builder(ids.get(), text, page);
    }

    /** An entry of a URL, or of plain text: also when its URL is refused. */
    private static Builder linkOrText(String content, Line line, SourceFile file, Supplier<String> ids,
                                      List<Diagnostic> diagnostics) {
        Matcher link = LINK.matcher(content);
        if (!link.find()) {
            return new Builder(ids.get(), content, null);
        }
        String url = link.group(1) != null ? link.group(1) : link.group(2);
        String text = link.group(3).strip().isEmpty() ? url : link.group(3).strip();
        if (!UrlPolicy.allowed(url)) {
            diagnostics.add(UrlPolicy.refused(file.displayPath(), line.line(), 1, "navigation entry", url));
            return new Builder(ids.get(), text, null);
        }
        Builder entry = new Builder(ids.get(), text, null);
        entry.url = url;
        return entry;
    }

    /** The page an xref of a nav file in {@code module} reaches, if it exists. */
    private static Optional<PageRef> resolve(Context context, String module, String target) {
        Optional<AntoraId> id = AntoraId.parse(target);
        if (id.isEmpty() || id.get().family() != null && !id.get().family().equals("page")) {
            return Optional.empty();
        }
        String component = id.get().component() == null ? context.project().name() : id.get().component();
        Optional<ProjectVersion> project = (id.get().version() != null
                ? context.catalog().project(new ProjectVersion(component, id.get().version()))
                : context.catalog().project(component, context.project().version())).map(p -> p.config().id());
        Optional<SitePath> path = SitePath.parse(AntoraComponent.sitePath(id.get().moduleOr(module), "pages", id.get().relative()));
        if (project.isEmpty() || path.isEmpty()) {
            return Optional.empty();
        }
        PageRef ref = new PageRef(project.get(), path.get());
        if (!context.pages().containsKey(ref)) {
            // An entry naming a page alias is the page itself, as in Antora.
            ref = context.catalog().project(project.get()).map(ProjectSources::antora)
                    .map(c -> c.aliases().get(path.get())).map(page -> new PageRef(project.get(), page)).orElse(ref);
        }
        return context.pages().containsKey(ref) ? Optional.of(ref) : Optional.empty();
    }

    private static final class Builder {
        final String id;
        final String title;
        final PageRef page;
        String url;
        final List<Builder> children = new ArrayList<>();

        Builder(String id, String title, PageRef page) {
            this.id = id;
            this.title = title;
            this.page = page;
        }

        NavItem build() {
            return new NavItem(id, title, page, url, children.stream().map(Builder::build).toList());
        }
    }
}
