package io.docstack.convert;

import java.util.List;

import io.docstack.model.Diagnostic;
import io.docstack.model.Page;

/**
 * The output of the convert stage: every page of the catalog, including pages that failed to
 * convert (they carry an error notice so that links to them still resolve), and the problems found.
 *
 * @param pages       sorted by project and source path
 * @param diagnostics conversion problems, sorted
 */
public record ConvertedSite(List<Page> pages, List<Diagnostic> diagnostics) {
    public ConvertedSite {
        pages = List.copyOf(pages);
        diagnostics = List.copyOf(diagnostics);
    }
}
