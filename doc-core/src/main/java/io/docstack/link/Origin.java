package io.docstack.link;

import java.util.Set;

import io.docstack.model.Page;
import io.docstack.model.ProjectVersion;
import io.docstack.model.SitePath;
import io.docstack.source.AntoraComponent;

/**
 * Where a link was written: a page built here, or a page of another project known from its link
 * inventory (an inbound reference).
 *
 * @param project     the page's project version
 * @param source      its source path
 * @param sitePath    its output path in the site, which relative URLs start from
 * @param displayPath its file as shown in diagnostics
 * @param anchors     its own anchors, or null when unknown (then same-page anchors are not checked)
 * @param mkdocs      the project was written for MkDocs: a relative link that names no file is
 *                    resolved, as the browser does there, from the page's directory URL
 *                    ({@code a/b.md} is served as {@code a/b/})
 * @param antoraModule the page's module when it is a page of an Antora component (its xrefs are
 *                    Antora's), else null
 */
record Origin(ProjectVersion project, SitePath source, SitePath sitePath, String displayPath, Set<String> anchors,
              boolean mkdocs, String antoraModule) {

    /** A page of Docstack's layout, or known from an inventory. */
    Origin(ProjectVersion project, SitePath source, SitePath sitePath, String displayPath, Set<String> anchors,
           boolean mkdocs) {
        this(project, source, sitePath, displayPath, anchors, mkdocs, null);
    }

    /**
     * Where a page's links start from.
     *
     * @param mkdocs projects written for MkDocs
     * @param antora the Antora component of each project that is one
     */
    static Origin of(Page page, Set<ProjectVersion> mkdocs, java.util.Map<ProjectVersion, AntoraComponent> antora) {
        AntoraComponent component = antora.get(page.project());
        return new Origin(page.project(), page.source(), page.sitePath(), page.displayPath(),
                page.failed() ? null : page.anchors(), mkdocs.contains(page.project()),
                component == null ? null : component.module(page.source()));
    }
}
