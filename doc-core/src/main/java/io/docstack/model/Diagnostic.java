package io.docstack.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in the user's input: where it is, which rule found it, what is wrong and how
 * to fix it. Diagnostics are data: stages collect and return them, they are never thrown.
 *
 * <p>Every diagnostic is shown (console, reports, annotations), so URLs in its file, message and
 * hint are kept without their user-info ({@link UserInfo}): no stage can leak a credential
 * through one, whatever message it passes on.
 *
 * @param severity how bad it is
 * @param rule     stable rule id such as {@code link.broken} (see {@link Rules})
 * @param file     path shown to the user (relative to the build's base folder), never null
 * @param line     1-based line, or 0 when the problem concerns the whole file
 * @param column   1-based column, or 0 when unknown
 * @param message  what is wrong
 * @param hint     how to fix it, or null
 */
public record Diagnostic(Severity severity, String rule, String file, int line, int column,
                         String message, String hint) implements Comparable<Diagnostic> {

    private static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::rule)
            .thenComparing(Diagnostic::message);

    private static final String IN_PAGE = " (in page ";
    private static final String INCLUDES = ", which includes this file)";

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("negative position " + line + ":" + column);
        }
        file = UserInfo.strip(file);
        message = UserInfo.strip(message);
        hint = UserInfo.strip(hint);
    }

    public static Diagnostic error(String rule, String file, int line, int column, String message, String hint) {
        return new Diagnostic(Severity.ERROR, rule, file, line, column, message, hint);
    }

    public static Diagnostic warning(String rule, String file, int line, int column, String message, String hint) {
        return new Diagnostic(Severity.WARNING, rule, file, line, column, message, hint);
    }

    /**
     * What a message about a file the page includes (an AsciiDoc partial) ends with: the page
     * whose build found the problem, as in {@code partials/part.adoc:3:9: error [link.broken]
     * 'gone.adoc' does not exist (in page modules/ROOT/pages/index.adoc, which includes this file)}.
     */
    public static String inPage(String page) {
        return IN_PAGE + page + INCLUDES;
    }

    /**
     * The page whose build found the problem: the one {@link #inPage} names, else the file itself.
     * Antora reports a broken xref at that page; Docstack reports it where it is written.
     */
    public String page() {
        int start = message.lastIndexOf(IN_PAGE);
        return start >= 0 && message.endsWith(INCLUDES) && start + IN_PAGE.length() < message.length() - INCLUDES.length()
                ? message.substring(start + IN_PAGE.length(), message.length() - INCLUDES.length()) : file;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The same problem with another severity (used by per-rule severity overrides). */
    public Diagnostic withSeverity(Severity newSeverity) {
        return new Diagnostic(newSeverity, rule, file, line, column, message, hint);
    }

    /** {@code file:line:col: severity [rule] message (hint)}, the console form. */
    public String format() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        out.append(": ").append(severity.label()).append(" [").append(rule).append("] ").append(message);
        if (hint != null && !hint.isBlank()) {
            out.append(" (").append(hint).append(')');
        }
        return out.toString();
    }

    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return format();
    }
}
