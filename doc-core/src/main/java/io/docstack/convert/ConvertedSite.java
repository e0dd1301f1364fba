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

    /** The page of {@code ref}, found by binary search in the sorted pages. */
    public java.util.Optional<Page> page(io.docstack.model.PageRef ref) {
        int low = 0;
        int high = pages.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = pages.get(middle).ref().compareTo(ref);
            if (order == 0) {
                return java.util.Optional.of(pages.get(middle));
            }
            if (order < 0) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return java.util.Optional.empty();
    }
}
