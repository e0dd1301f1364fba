package io.docstack.convert;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.asciidoctor.ast.Cursor;
import org.asciidoctor.log.LogRecord;

import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;
import io.docstack.model.Severity;
import io.docstack.source.SourceFile;

/**
 * What the conversion of one AsciiDoc page collects while Asciidoctor runs: diagnostics from its
 * log and from the include processor, and which included file came in through which include
 * directive of the page.
 *
 * <p>In: the page, its docs root. Out: {@link #diagnostics()}, {@link #reportedDuplicates()},
 * {@link #pageLine(String, int)}.
 * One instance per conversion; not thread-safe (the converter serializes conversions).
 */
final class AsciidocSession {

    private final SourceFile page;
    private final AsciidocPage settings;
    private final Path docsRoot;
    private final Path realDocsRoot;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final java.util.Set<Path> includes = new java.util.HashSet<>();
    private final List<AsciidocAnchors.Reported> reportedDuplicates = new ArrayList<>();
    /** Included file (as pushed to Asciidoctor) to its include depth, 1 for files the page includes. */
    private final Map<String, Integer> depths = new HashMap<>();
    /** Included file to the line of the page's include directive that brought it in. */
    private final Map<String, Integer> pageLines = new HashMap<>();
    /** The files included so far, by key ({@link #fileKey}), as links in them are placed. */
    private final List<IncludedFile> includedFiles = new ArrayList<>();
    private final Map<String, Integer> fileKeys = new HashMap<>();
    /** Includes resolved so far, and their bytes: the page's limits hold over all of them. */
    private int includeCount;
    private long includedBytes;
    /** Whether the page's include limits were reported: once per page, not once per refused include. */
    private boolean includeLimitReported;

    AsciidocSession(SourceFile page, Path docsRoot) {
        this(page, AsciidocPage.of(docsRoot));
    }

    AsciidocSession(SourceFile page, AsciidocPage settings) {
        this.page = page;
        this.settings = settings;
        this.docsRoot = settings.docsRoot().toAbsolutePath().normalize();
        this.realDocsRoot = realPath(this.docsRoot);
    }

    /** How the page is converted: its attributes, resource ids, xref style. */
    AsciidocPage settings() {
        return settings;
    }

    SourceFile page() {
        return page;
    }

    Path docsRoot() {
        return docsRoot;
    }

    /**
     * A file name Asciidoctor handed back (a base or include directory) as a path of the page's own
     * file system: the disk, or the in-memory tree of a git ref or a bundle.
     */
    Path path(String file) {
        return docsRoot.getFileSystem().getPath(file);
    }

    Path realDocsRoot() {
        return realDocsRoot;
    }

    /**
     * What an untrusted page may include from: the whole source it comes from (a git ref or a
     * bundle, each an in-memory tree of its own, whose content roots include each other as Antora
     * allows), else its docs root.
     */
    Path sourceRoot() {
        boolean inMemory = !docsRoot.getFileSystem().equals(java.nio.file.FileSystems.getDefault());
        return inMemory ? docsRoot.getRoot() : realDocsRoot;
    }

    /** Records a file the page includes, or tries to: an edit to it (or its creation) changes the page. */
    void dependsOn(Path file) {
        includes.add(file.toAbsolutePath().normalize());
    }

    /** The files {@link #dependsOn} recorded. */
    java.util.Set<Path> includes() {
        return includes;
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    void report(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
    }

    /** Include depth of a file being read: 0 for the page itself ({@code null} or empty file). */
    int depth(String file) {
        return isPage(file) ? 0 : depths.getOrDefault(file, 0);
    }

    /** Notes that {@code included} was pushed while reading {@code from} at {@code line}. */
    void included(String included, String from, int line) {
        depths.put(included, depth(from) + 1);
        pageLines.put(included, pageLine(from, line));
    }

    /**
     * An included file as links and ids in it are placed: as diagnostics show it, and its whole
     * text (not only the lines a filter selected: Asciidoctor numbers lines as in the file).
     */
    record IncludedFile(String displayPath, SourcePositions positions, int pageLine) {
    }

    /** Remembers the text of an included file (as pushed to Asciidoctor), once. */
    void includedText(String file, String text) {
        fileKeys.computeIfAbsent(file, f -> {
            includedFiles.add(new IncludedFile(displayPath(f), new SourcePositions(text), pageLines.getOrDefault(f, 0)));
            return includedFiles.size() - 1;
        });
    }

    /** The key of an included file {@link #includedText} remembered, or -1. */
    int fileKey(String file) {
        return fileKeys.getOrDefault(file, -1);
    }

    /** The files included (directly or not) by the page's include directive at {@code pageLine}, in include order. */
    List<IncludedFile> includedAt(int pageLine) {
        return includedFiles.stream().filter(f -> f.pageLine() == pageLine).toList();
    }

    /** The included file of a key {@link #fileKey} gave, or null. */
    IncludedFile includedFile(int key) {
        return key >= 0 && key < includedFiles.size() ? includedFiles.get(key) : null;
    }

    /** How many includes were resolved for the page so far. */
    int includeCount() {
        return includeCount;
    }

    /** How many bytes the page's includes added so far. */
    long includedBytes() {
        return includedBytes;
    }

    /** Counts one more resolved include of {@code bytes}. */
    void countInclude(long bytes) {
        includeCount++;
        includedBytes += bytes;
    }

    /** True the first time it is called: whether a refusal past the page's include limits is still to be reported. */
    boolean firstIncludeLimit() {
        boolean first = !includeLimitReported;
        includeLimitReported = true;
        return first;
    }

    /**
     * The page line for a position in a file Asciidoctor read: the line itself in the page, the
     * line of the page's include directive for an included file, 0 when unknown.
     */
    int pageLine(String file, int line) {
        return isPage(file) ? line : pageLines.getOrDefault(file, 0);
    }

    /**
     * How a file Asciidoctor read is shown in diagnostics: the page's display path, or for an
     * included file its path inside the docs root placed like the page's.
     */
    String displayPath(String file) {
        if (isPage(file)) {
            return page.displayPath();
        }
        Path path;
        try {
            path = path(file);
        } catch (RuntimeException e) {
            return page.displayPath();
        }
        String display = page.displayPath();
        // The page's own path below the docs root (an Antora page's is modules/M/pages/…).
        Path pageFile = page.file().toAbsolutePath().normalize();
        String own = pageFile.startsWith(docsRoot) ? docsRoot.relativize(pageFile).toString().replace('\\', '/')
                : page.path().value();
        if (!display.endsWith(own)) {
            return path.startsWith(realDocsRoot) ? relative(realDocsRoot, path) : path.getFileName().toString();
        }
        // The docs root as shown; a file of another content root (another component's partial) is
        // shown from the folder both are in, as far up as the shown path of the docs root goes.
        String prefix = display.substring(0, display.length() - own.length());
        Path base = realDocsRoot;
        while (!path.startsWith(base)) {
            Path name = base.getFileName();
            String shown = name == null ? null : name + "/";
            if (shown == null || !(prefix.equals(shown) || prefix.endsWith("/" + shown))) {
                return path.getFileName().toString();
            }
            prefix = prefix.substring(0, prefix.length() - shown.length());
            base = base.getParent();
        }
        return prefix + relative(base, path);
    }

    private static String relative(Path base, Path path) {
        return base.relativize(path).toString().replace('\\', '/');
    }

    /** Ids Asciidoctor reported as already in use, in the order it reported them. */
    List<AsciidocAnchors.Reported> reportedDuplicates() {
        return reportedDuplicates;
    }

    /**
     * Turns one Asciidoctor log record into a diagnostic; info and debug records are dropped. An
     * id "already in use" is kept apart for {@link AsciidocAnchors}, which reports it as
     * {@code anchor.duplicate} with the line of the first element.
     */
    void log(LogRecord record) {
        Severity severity = switch (record.getSeverity()) {
            case WARN -> Severity.WARNING;
            case ERROR, FATAL -> Severity.ERROR;
            default -> null;
        };
        if (severity == null) {
            return;
        }
        Cursor cursor = record.getCursor();
        String file = cursor == null ? null : cursor.getFile();
        int line = cursor == null ? 0 : Math.max(0, cursor.getLineNumber());
        if (AsciidocGuards.isBudgetMessage(record.getMessage())) {
            // A limit of the whole page: on the page, at the line that passed it (or its include directive's).
            diagnostics.add(Diagnostic.error(Rules.SOURCE_LIMIT, page.displayPath(), Math.max(1, pageLine(file, line)), 1,
                    record.getMessage(), "repeat shorter attributes, or fewer of them"));
            return;
        }
        if (AsciidocGuards.isOutsideMessage(record.getMessage())) {
            diagnostics.add(Diagnostic.error(Rules.LINK_ESCAPE, displayPath(file), line, 1, record.getMessage(),
                    "copy the file into the docs folder instead of linking to it"));
            return;
        }
        String duplicate = AsciidocAnchors.duplicateId(record.getMessage());
        if (duplicate != null) {
            reportedDuplicates.add(new AsciidocAnchors.Reported(duplicate, isPage(file) ? null : displayPath(file), line));
            return;
        }
        diagnostics.add(new Diagnostic(severity, Rules.PARSE_ASCIIDOC, displayPath(file), line, 0,
                record.getMessage(), null));
    }

    private static boolean isPage(String file) {
        return file == null || file.isEmpty();
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }
}
