package io.docstack.link;

import java.util.Set;

import io.docstack.model.Page;
import io.docstack.model.ProjectVersion;
import io.docstack.model.SitePath;

/**
 * Where a link was written: a page built here, or a page of another project known from its link
 * inventory (an inbound reference).
 *
 * @param project     the page's project version
 * @param source      its source path
 * @param sitePath    its output path in the site, which relative URLs start from
 * @param displayPath its file as shown in diagnostics
 * @param anchors     its own anchors, or null when unknown (then same-page anchors are not checked)
 */
record Origin(ProjectVersion project, SitePath source, SitePath sitePath, String displayPath, Set<String> anchors) {

    static Origin of(Page page) {
        return new Origin(page.project(), page.source(), page.sitePath(), page.displayPath(),
                page.failed() ? null : page.anchors());
    }
}
