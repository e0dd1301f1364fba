package io.docstack.convert;

import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Entities;

/** The page body shown in place of a source that could not be converted. */
final class ConversionFailure {
    private ConversionFailure() {
    }

    private static final String MARKER = "<div class=\"docstack-error\" role=\"alert\">";

    static boolean isNotice(Conversion conversion) {
        return conversion.html().startsWith(MARKER);
    }

    static Conversion notice(String title, String problem, List<io.docstack.model.Diagnostic> diagnostics) {
        String html = MARKER + "<p><strong>This page could not be built.</strong></p><p>"
                + Entities.escape(problem) + "</p></div>";
        return new Conversion(title, null, null, html, List.of(), Set.of(), List.of(), diagnostics);
    }
}
