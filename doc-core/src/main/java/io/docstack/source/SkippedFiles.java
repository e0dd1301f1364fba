package io.docstack.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;
import io.docstack.model.Severity;

/**
 * The files of one configured folder (a docs folder, an Antora content root) that the source
 * stage leaves out, or takes in as something else than they look like, and why; told as at most
 * one {@link Rules#SOURCE_SKIPPED} line per severity, naming the folder, the counts per reason and
 * the biggest places. Files left out with a diagnostic of their own (too large, a name that cannot
 * be a URL, a link out of the folder, a clash) are {@link #count counted} only. Not thread-safe:
 * one folder is listed by one thread.
 */
final class SkippedFiles {

    /** Why a file is left out (or, for {@link #PAGE_LIKE_ASSET}, not converted), with its severity and how lines name it. */
    enum Reason {
        EXCLUDED(Severity.INFO, "matched by <excludes>"),
        NOT_INCLUDED(Severity.INFO, "not matched by <includes>"),
        UNDERSCORE(Severity.INFO, "under a name starting with '_' (include-only)"),
        HIDDEN(Severity.INFO, "hidden (a name starting with '.')"),
        ANTORA_OUTSIDE_MODULES(Severity.INFO, "outside modules/"),
        ANTORA_NO_FAMILY(Severity.INFO, "in no family folder (pages, partials, examples, images, attachments)"),
        ANTORA_NOT_ADOC(Severity.INFO, "in pages/ but not .adoc"),
        ANTORA_NO_EXTENSION(Severity.INFO, "images or attachments without an extension"),
        ANTORA_PAGE_NOT_ADOC(Severity.WARNING, "in pages/ but not .adoc, so Antora ignores them"),
        PAGE_LIKE_ASSET(Severity.WARNING, "not Markdown or AsciiDoc, so they are copied as they are"),
        /** Left out with a diagnostic of its own. */
        REPORTED(null, null);

        private final Severity severity;
        private final String text;

        Reason(Severity severity, String text) {
            this.severity = severity;
            this.text = text;
        }
    }

    /**
     * Extensions of page formats that Docstack does not convert (MDX, reStructuredText, other
     * Markdown and AsciiDoc spellings, Textile, Org): a file with one was most likely meant as a page.
     */
    static final Set<String> PAGE_LIKE = Set.of("mdx", "mdown", "mkd", "mkdn", "mdwn", "rst", "rest", "asc",
            "textile", "org", "md", "markdown", "adoc", "asciidoc");

    /** Places named per line, the biggest first: enough to see where, short enough to read. */
    private static final int PLACES = 5;

    private final Map<Reason, Map<String, Integer>> places = new EnumMap<>(Reason.class);
    private int skipped;

    /** Whether a name's extension is one of a page format ({@link #PAGE_LIKE}). */
    static boolean pageLike(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && PAGE_LIKE.contains(name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * A file left out for {@code reason}; {@code place} is what lines name for it: the folder that
     * is left out as a whole ({@code _snippets/}), or the file.
     */
    void skip(Reason reason, String place) {
        skipped++;
        note(reason, place);
    }

    /** A file taken in, but not as what it looks like ({@link Reason#PAGE_LIKE_ASSET}). */
    void note(Reason reason, String place) {
        if (reason.severity != null) {
            places.computeIfAbsent(reason, r -> new TreeMap<>()).merge(place, 1, Integer::sum);
        }
    }

    /** How many files were left out, for whatever reason. */
    int count() {
        return skipped;
    }

    /** The lines for the folder shown as {@code folder}: one per severity that any reason has. */
    void report(String folder, boolean antora, List<Diagnostic> diagnostics) {
        for (Severity severity : List.of(Severity.WARNING, Severity.INFO)) {
            List<Reason> reasons = places.keySet().stream().filter(r -> r.severity == severity).toList();
            if (reasons.isEmpty()) {
                continue;
            }
            int files = reasons.stream().mapToInt(this::files).sum();
            String counts = reasons.stream().map(r -> files(r) + " " + r.text + ": " + named(places.get(r)))
                    .collect(Collectors.joining("; "));
            String message = severity == Severity.WARNING
                    ? files + (files == 1 ? " file that looks like a page is" : " files that look like pages are") + " not read as one: " + counts
                    : files + (files == 1 ? " file is" : " files are") + " not read: " + counts;
            diagnostics.add(new Diagnostic(severity, Rules.SOURCE_SKIPPED, folder, 0, 0, message, hint(severity, antora)));
        }
    }

    private static String hint(Severity severity, boolean antora) {
        if (antora) {
            return severity == Severity.WARNING ? "rename them to .adoc, or move them out of pages/"
                    : "Antora does not read these files either";
        }
        return severity == Severity.WARNING ? "convert them to Markdown or AsciiDoc, or leave them out with <excludes>"
                : "nothing to do if this is intended; to read a folder such as _collections/, add it to <includes>";
    }

    private int files(Reason reason) {
        return places.get(reason).values().stream().mapToInt(Integer::intValue).sum();
    }

    /** {@code _snippets/ 9, _x.md, … 3 more}: the biggest places first, then by name. */
    private static String named(Map<String, Integer> counts) {
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        String shown = sorted.stream().limit(PLACES).map(e -> e.getValue() == 1 && !e.getKey().endsWith("/")
                ? e.getKey() : e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        return sorted.size() > PLACES ? shown + ", … " + (sorted.size() - PLACES) + " more" : shown;
    }
}
