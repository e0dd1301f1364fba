package io.docstack.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

import io.docstack.model.Diagnostic;
import io.docstack.model.Severity;

/**
 * The problems a team has accepted for now, so that the gate fails only on new ones.
 *
 * <p>A baseline is a set of {@link Fingerprint}s. It is written from a run's diagnostics with
 * {@link #write(Path, List)}, read back with {@link #read(Path)} (which reports an unusable file
 * as a {@link io.docstack.model.Rules#CHECK_BASELINE} diagnostic, never as an exception), and
 * applied with {@link #newProblems(List)}. Only errors and warnings are baselined; info
 * diagnostics are never in a baseline. The file format is:
 *
 * <pre>{@code
 * {
 *   "version": 1,
 *   "tool": "docstack",
 *   "problems": [
 *     { "fingerprint": "<32 hex>:<n>", "rule": "link.anchor", "file": "guide/boot.md", "message": "…" }
 *   ]
 * }
 * }</pre>
 *
 * Only {@code fingerprint} is used when applying a baseline; rule, file and message are there for
 * the people reviewing the file. Entries are sorted by file, rule and message (not by line, so
 * edits to a page do not reorder the file). Immutable and thread-safe.
 *
 * @param fingerprints the accepted problems' fingerprints
 */
public record Baseline(SortedSet<String> fingerprints) {

    /** The format version this class reads and writes. */
    public static final int VERSION = 1;

    public Baseline {
        fingerprints = Collections.unmodifiableSortedSet(new TreeSet<>(fingerprints));
    }

    /** What {@link #read(Path)} found: a usable baseline, or the problem that makes it unusable. */
    public sealed interface Read permits Loaded, Unreadable {
    }

    /** A baseline file that could be read. */
    public record Loaded(Baseline baseline) implements Read {
        public Loaded {
            Objects.requireNonNull(baseline, "baseline");
        }
    }

    /** A baseline file that is missing, unreadable, not JSON or not a baseline. */
    public record Unreadable(Diagnostic problem) implements Read {
        public Unreadable {
            Objects.requireNonNull(problem, "problem");
        }
    }

    /** The baseline that accepts the errors and warnings of {@code diagnostics}. */
    public static Baseline of(List<Diagnostic> diagnostics) {
        List<String> all = Fingerprint.of(diagnostics);
        SortedSet<String> accepted = new TreeSet<>();
        for (int i = 0; i < diagnostics.size(); i++) {
            if (isBaselined(diagnostics.get(i))) {
                accepted.add(all.get(i));
            }
        }
        return new Baseline(accepted);
    }

    /**
     * Reads a baseline file. Never throws for a bad file: a missing, unreadable or malformed file
     * comes back as {@link Unreadable} with a {@code check.baseline} error whose file is
     * {@code file} as given and whose line and column point at a JSON syntax error when there is one.
     */
    public static Read read(Path file) {
        return BaselineFile.read(file);
    }

    /**
     * Writes the errors and warnings of {@code diagnostics} as a baseline file, replacing it
     * whole (temporary file and move). The output is deterministic: no timestamps, sorted entries.
     *
     * @throws java.io.UncheckedIOException when the file cannot be written
     */
    public static void write(Path file, List<Diagnostic> diagnostics) {
        ReportFiles.write(file, BaselineFile.json(diagnostics));
    }

    /**
     * The diagnostics of {@code current} that this baseline does not accept, in their list order.
     * Fingerprints are computed over the whole of {@code current}, as when the baseline was
     * written. Info diagnostics are never baselined, so they are always kept.
     */
    public List<Diagnostic> newProblems(List<Diagnostic> current) {
        List<String> currentFingerprints = Fingerprint.of(current);
        List<Diagnostic> fresh = new ArrayList<>();
        for (int i = 0; i < current.size(); i++) {
            Diagnostic diagnostic = current.get(i);
            if (!isBaselined(diagnostic) || !fingerprints.contains(currentFingerprints.get(i))) {
                fresh.add(diagnostic);
            }
        }
        return List.copyOf(fresh);
    }

    static boolean isBaselined(Diagnostic diagnostic) {
        return diagnostic.severity() == Severity.ERROR || diagnostic.severity() == Severity.WARNING;
    }
}
