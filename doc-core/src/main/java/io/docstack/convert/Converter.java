package io.docstack.convert;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.docstack.config.Limits;
import io.docstack.model.Diagnostic;
import io.docstack.model.Heading;
import io.docstack.model.Page;
import io.docstack.model.PageRef;
import io.docstack.model.ProjectVersion;
import io.docstack.model.Rules;
import io.docstack.model.Utf8Text;
import io.docstack.source.Catalog;
import io.docstack.source.ProjectSources;
import io.docstack.source.SourceFile;

/**
 * The convert stage: turns every page source of a {@link Catalog} into a {@link Page}, in parallel.
 *
 * <p>A source that cannot be read or converted becomes a page with an error notice and a
 * diagnostic; it never stops the other pages. Workers run with a large stack and catch
 * {@link StackOverflowError} as a last line of defence behind {@link NestingGuard}. AsciiDoc is only
 * booted when the catalog has AsciiDoc pages, and its boot overlaps the Markdown work.
 *
 * <p>The static methods convert a catalog once. The preview keeps a converter {@link #open open}
 * instead: its workers and its booted Asciidoctor stay up, and {@link #update} re-converts only the
 * pages an edit touched, keeping every other page of the last conversion. An instance is used by
 * one thread at a time; close it once.
 */
public final class Converter implements AutoCloseable {

    /** Stack of conversion threads: deep but legitimate nesting must not overflow. */
    private static final long WORKER_STACK_BYTES = 64L * 1024 * 1024;
    /** The id attribute of a heading's start tag. */
    private static final Pattern HEADING_ID = Pattern.compile("\\sid=\"([^\"]*)\"");
    /** Files no AsciiDoc page includes: an edit to one re-converts no page. */
    private static final Set<String> NEVER_INCLUDED = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp", "ico",
            "pdf", "woff", "woff2", "ttf", "zip", "gz");

    private final Limits limits;
    private final ConversionCache cache;
    private final MarkdownConverter markdown;
    private final AsciidocConverter asciidoc;
    private final ExecutorService workers;
    /** The last conversion of every page, for {@link #update}; sorted as the site's pages are. */
    private final Map<PageRef, Converted> last = new TreeMap<>();
    /** The listing of each project the last call saw: one the source stage did not list again has the same files. */
    private Map<ProjectVersion, ProjectSources> lastListings = Map.of();
    /** For each file an AsciiDoc page of {@link #last} included (or tried to), the pages that did. */
    private final Map<Path, Set<PageRef>> includers = new HashMap<>();

    private Converter(Limits limits, int threads, boolean html, ConversionCache cache) {
        if (html && cache != null) {
            throw new IllegalArgumentException("the conversion cache holds no HTML");
        }
        this.limits = limits;
        this.cache = cache;
        this.markdown = new MarkdownConverter(limits, false, html);
        this.asciidoc = new AsciidocConverter(limits);
        this.workers = Executors.newFixedThreadPool(threads, workerThreads());
    }

    /**
     * A converter to keep: {@link #convert(Catalog)} once, then {@link #update} per edit. With
     * {@code html}, pages carry their body HTML (see {@link #convert(Catalog, Limits, int, boolean)}).
     */
    public static Converter open(Limits limits, int threads, boolean html) {
        return new Converter(limits, threads, html, null);
    }

    /**
     * Like {@link #open(Limits, int, boolean)}, taking unchanged pages from {@code cache} (null for
     * none; only without HTML) and remembering the others in it. The caller saves the cache.
     */
    public static Converter open(Limits limits, int threads, boolean html, ConversionCache cache) {
        return new Converter(limits, threads, html, cache);
    }

    /** Converts every page of {@code catalog} with {@code threads} workers, with HTML. */
    public static ConvertedSite convert(Catalog catalog, Limits limits, int threads) {
        return convert(catalog, limits, threads, true);
    }

    /**
     * Converts every page of {@code catalog} with {@code threads} workers. Without {@code html}
     * Markdown pages are parsed but not rendered (their {@link Page#html()} is empty): the review
     * gate needs titles, anchors, links and diagnostics, which all come from the syntax tree, and
     * rendering is a third of Markdown's conversion time. AsciiDoc pages are always rendered,
     * because their links are read from Asciidoctor's output.
     */
    public static ConvertedSite convert(Catalog catalog, Limits limits, int threads, boolean html) {
        return convert(catalog, limits, threads, html, null);
    }

    /**
     * Like {@link #convert(Catalog, Limits, int, boolean)} without HTML, taking unchanged pages from
     * {@code cache} (null for none) and remembering the others in it. The caller saves the cache.
     */
    public static ConvertedSite convert(Catalog catalog, Limits limits, int threads, boolean html,
                                        ConversionCache cache) {
        try (Converter converter = new Converter(limits, threads, html, cache)) {
            return converter.convert(catalog);
        }
    }

    /** Converts every page of {@code catalog}, forgetting any earlier conversion. */
    public ConvertedSite convert(Catalog catalog) {
        return full(catalog).site();
    }

    /** {@link #convert(Catalog)}, as an update from nothing: every page is changed. */
    public Update full(Catalog catalog) {
        last.clear();
        lastListings = Map.of();
        includers.clear();
        return update(catalog, Set.of());
    }

    /**
     * What {@link #update} did.
     *
     * @param site    every page of the catalog
     * @param changed pages that were added, removed, or converted anew with a different result
     */
    public record Update(ConvertedSite site, Set<PageRef> changed) {
        public Update {
            changed = Set.copyOf(changed);
        }
    }

    /**
     * The pages of {@code catalog}, converting only those that are new, whose source is among
     * {@code edited} (absolute, normalized paths, as the source stage lists files), the pages that
     * included (or tried to include) an edited file, in any project, and, when an edited file of a
     * project is neither a page nor a file some page included (a new partial, say), the AsciiDoc
     * pages of that project (they may include it now). Every other page is the one the last call
     * returned.
     */
    public Update update(Catalog catalog, Set<Path> edited) {
        Set<PageRef> including = including(edited);
        Set<ProjectVersion> includingProjects = new HashSet<>();
        including.forEach(ref -> includingProjects.add(ref.project()));
        List<SourceFile> stale = new ArrayList<>();
        Set<PageRef> current = new HashSet<>();
        Set<ProjectVersion> relisted = new HashSet<>();
        Map<ProjectVersion, ProjectSources> listings = new HashMap<>();
        for (ProjectSources project : catalog.projects()) {
            ProjectVersion id = project.config().id();
            listings.put(id, project);
            boolean sameListing = lastListings.get(id) == project;
            List<Path> roots = project.folders();
            if (sameListing && !includingProjects.contains(id)
                    && edited.stream().noneMatch(file -> roots.stream().anyMatch(file::startsWith))) {
                continue; // the same files, none edited, none including an edited file: every page is the last one
            }
            if (!sameListing) {
                relisted.add(id);
            }
            boolean newIncludes = unknownIncludes(edited, project, roots);
            for (SourceFile source : project.pages()) {
                PageRef ref = new PageRef(source.project(), source.path());
                current.add(ref);
                Converted before = last.get(ref);
                if (before == null || !before.source().equals(source) || edited.contains(source.file())
                        || including.contains(ref) || source.kind() == SourceFile.Kind.ASCIIDOC && newIncludes) {
                    stale.add(source);
                }
            }
        }
        Set<PageRef> changed = new HashSet<>();
        if (!relisted.isEmpty() || !listings.keySet().equals(lastListings.keySet())) {
            last.keySet().removeIf(ref -> (relisted.contains(ref.project()) && !current.contains(ref)
                    || !listings.containsKey(ref.project())) && changed.add(ref));
        }
        lastListings = listings;
        for (Converted converted : convertAll(catalog, stale)) {
            Converted before = last.put(converted.page().ref(), converted);
            track(before, converted);
            if (before == null || !before.page().equals(converted.page())) {
                changed.add(converted.page().ref());
            }
        }
        return new Update(site(), changed);
    }

    /** The pages of the last conversion that included an edited file. */
    private Set<PageRef> including(Set<Path> edited) {
        Set<PageRef> pages = new HashSet<>();
        edited.forEach(file -> includers.getOrDefault(file, Set.of()).stream().filter(last::containsKey).forEach(pages::add));
        return pages;
    }

    /** Whether an edited file of the project is neither one of its pages nor a file some page included. */
    private boolean unknownIncludes(Set<Path> edited, ProjectSources project, List<Path> roots) {
        List<Path> candidates = edited.stream().filter(file -> !includers.containsKey(file) && mayBeIncluded(file)
                && roots.stream().anyMatch(file::startsWith)).toList();
        if (candidates.isEmpty()) {
            return false;
        }
        Set<Path> pages = new HashSet<>();
        project.pages().forEach(page -> pages.add(page.file()));
        return candidates.stream().anyMatch(file -> !pages.contains(file));
    }

    /** Moves a page's entries in {@link #includers} from its last includes to its new ones. */
    private void track(Converted before, Converted now) {
        PageRef ref = now.page().ref();
        if (before != null) {
            before.includes().forEach(file -> includers.computeIfPresent(file, (f, pages) -> {
                pages.remove(ref);
                return pages.isEmpty() ? null : pages;
            }));
        }
        now.includes().forEach(file -> includers.computeIfAbsent(file, f -> new HashSet<>()).add(ref));
    }

    private static boolean mayBeIncluded(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return !NEVER_INCLUDED.contains(name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT));
    }

    /** Every page of the last conversion, sorted, with its diagnostics. */
    private ConvertedSite site() {
        List<Page> pages = new ArrayList<>(last.size());
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Converted converted : last.values()) {
            pages.add(converted.page());
            diagnostics.addAll(converted.diagnostics());
        }
        Collections.sort(diagnostics);
        return new ConvertedSite(pages, diagnostics);
    }

    private List<Converted> convertAll(Catalog catalog, List<SourceFile> sources) {
        // AsciiDoc pages first: their converter boots in the background while Markdown runs.
        if (sources.stream().anyMatch(s -> s.kind() == SourceFile.Kind.ASCIIDOC)) {
            asciidoc.start();
        }
        List<Future<Converted>> futures = new ArrayList<>(sources.size());
        AntoraResources antora = AntoraResources.of(catalog);
        for (SourceFile source : sources) {
            ProjectSources project = catalog.project(source.project()).orElseThrow();
            AsciidocPage settings = source.kind() == SourceFile.Kind.ASCIIDOC ? antora.page(source, project) : null;
            futures.add(workers.submit(() -> convertOne(source, project, settings, limits, markdown, asciidoc, cache)));
        }
        List<Converted> converted = new ArrayList<>(futures.size());
        for (Future<Converted> future : futures) {
            converted.add(join(future));
        }
        return converted;
    }

    @Override
    public void close() {
        workers.shutdownNow();
        asciidoc.close();
    }

    private record Converted(SourceFile source, Page page, List<Diagnostic> diagnostics, Set<Path> includes) {
    }

    private static Converted convertOne(SourceFile source, ProjectSources project, AsciidocPage settings, Limits limits,
                                        MarkdownConverter markdown, AsciidocConverter asciidoc, ConversionCache cache) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Conversion conversion;
        try {
            Conversion unchanged = cache == null ? null : cache.unchanged(source.displayPath(), source.file());
            if (unchanged != null) {
                return new Converted(source, page(source, unchanged, ConversionFailure.isNotice(unchanged)), unchanged.diagnostics(),
                        unchanged.includes());
            }
            String text = read(source, limits, diagnostics);
            boolean cleanRead = diagnostics.isEmpty();
            Conversion cached = text == null || cache == null ? null
                    : cache.get(source.displayPath(), text, source.file(), cleanRead);
            if (text == null) {
                conversion = ConversionFailure.notice(null, diagnostics.get(0).message(), List.of());
            } else if (cached != null) {
                conversion = cached;
            } else {
                conversion = source.kind() == SourceFile.Kind.MARKDOWN
                        ? markdown.convert(text, source.displayPath(), project.config().anchors(), project.trusted(source))
                        : asciidoc.convert(source, text, settings);
                if (cache != null) {
                    cache.put(source.displayPath(), text, source.file(), cleanRead, conversion);
                }
            }
        } catch (StackOverflowError e) {
            Diagnostic problem = Diagnostic.error(parseRule(source), source.displayPath(), 1, 1,
                    "page is nested too deeply to convert", "flatten its structure");
            conversion = ConversionFailure.notice(null, problem.message(), List.of(problem));
        } catch (RuntimeException e) {
            Diagnostic problem = Diagnostic.error(parseRule(source), source.displayPath(), 1, 1,
                    "page could not be converted: " + e, "check the page's syntax");
            conversion = ConversionFailure.notice(null, problem.message(), List.of(problem));
        }
        diagnostics.addAll(conversion.diagnostics());
        return new Converted(source, page(source, conversion, ConversionFailure.isNotice(conversion)), diagnostics,
                conversion.includes());
    }

    private static Page page(SourceFile source, Conversion conversion, boolean failed) {
        return new Page(new PageRef(source.project(), source.path()), source.output(), source.displayPath(),
                title(source, conversion), conversion.description(), conversion.order(), withoutTitleHeading(conversion),
                conversion.headings(), conversion.anchors(), conversion.links(), failed);
    }

    /**
     * The body without its leading level-1 heading when that heading is the page title: the
     * theme shows the title itself, and showing it twice would be wrong.
     */
    private static String withoutTitleHeading(Conversion conversion) {
        String html = conversion.html();
        boolean titleFromHeading = conversion.title() == null || conversion.title().isBlank();
        if (!titleFromHeading || !html.startsWith("<h1")) {
            return html;
        }
        int end = html.indexOf("</h1>");
        if (end < 0) {
            return html;
        }
        // Links to the heading's id keep working: it stays on an empty element at the same place.
        Matcher id = HEADING_ID.matcher(html.substring(0, html.indexOf('>') + 1));
        String anchor = id.find() ? "<span id=\"" + id.group(1) + "\"></span>\n" : "";
        return anchor + html.substring(end + "</h1>".length()).stripLeading();
    }

    /** Front matter or document title, else the first level-1 heading, else the file name. */
    private static String title(SourceFile source, Conversion conversion) {
        if (conversion.title() != null && !conversion.title().isBlank()) {
            return conversion.title();
        }
        for (Heading heading : conversion.headings()) {
            if (heading.level() == 1) {
                return heading.text();
            }
        }
        String name = source.path().fileName();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Reads a source as strict UTF-8; null (with a diagnostic) when it is too big or unreadable. */
    static String read(SourceFile source, Limits limits, List<Diagnostic> diagnostics) {
        Path file = source.file();
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                diagnostics.add(Diagnostic.error(Rules.SOURCE_LIMIT, source.displayPath(), 0, 0,
                        "file is " + size + " bytes, more than maxFileBytes (" + limits.maxFileBytes() + ")",
                        "split the page, or raise maxFileBytes"));
                return null;
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = decode(bytes, source, diagnostics);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(Rules.SOURCE_READ, source.displayPath(), 0, 0,
                    "cannot read file: " + e.getMessage(), "check that the file exists and is readable"));
            return null;
        }
    }

    /** Strict UTF-8; invalid bytes are reported at their line and column, then replaced. */
    private static String decode(byte[] bytes, SourceFile source, List<Diagnostic> diagnostics) {
        Utf8Text decoded = Utf8Text.decode(bytes);
        if (decoded.valid()) {
            return decoded.text();
        }
        diagnostics.add(Diagnostic.error(Rules.SOURCE_READ, source.displayPath(), decoded.line(), decoded.column(),
                decoded.problem("file"), Utf8Text.HINT + "; invalid bytes are shown as \uFFFD"));
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String parseRule(SourceFile source) {
        return source.kind() == SourceFile.Kind.ASCIIDOC ? Rules.PARSE_ASCIIDOC : Rules.PARSE_MARKDOWN;
    }

    private static <T> T join(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("conversion interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("conversion failed", e.getCause());
        }
    }

    private static java.util.concurrent.ThreadFactory workerThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(null, task, "docstack-convert-" + count.incrementAndGet(), WORKER_STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        };
    }
}
