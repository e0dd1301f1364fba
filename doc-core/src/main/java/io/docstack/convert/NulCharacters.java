package io.docstack.convert;

import java.util.Optional;

import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;

/**
 * NUL characters (U+0000) in AsciiDoc text. Asciidoctor refuses a whole document that holds one
 * ("string contains null byte"), so one stray byte would lose the page; they are replaced by
 * U+FFFD, as CommonMark and HTML parsers do, and reported once, at the first. Stateless.
 */
final class NulCharacters {

    private static final char NUL = '\0';
    private static final char REPLACEMENT = '\uFFFD';

    private NulCharacters() {
    }

    /** {@code text} with every NUL replaced (the same string when it has none). */
    static String replaced(String text) {
        return text.indexOf(NUL) < 0 ? text : text.replace(NUL, REPLACEMENT);
    }

    /** A warning at the first NUL of {@code text} (of the file shown as {@code file}), if it has one. */
    static Optional<Diagnostic> warning(String text, String file) {
        int first = text.indexOf(NUL);
        if (first < 0) {
            return Optional.empty();
        }
        LineIndex lines = new LineIndex(text);
        long count = text.chars().filter(c -> c == NUL).count();
        return Optional.of(Diagnostic.warning(Rules.PARSE_ASCIIDOC, file, lines.line(first), lines.column(first),
                count + " NUL character" + (count == 1 ? "" : "s") + " (U+0000), which AsciiDoc text cannot hold; shown as U+FFFD",
                "remove them (a file with many may be binary, or saved as UTF-16)"));
    }
}
