package io.docstack.spec;

import java.util.List;
import java.util.Map;

import io.docstack.convert.UntrustedMarkdown;
import io.docstack.model.SitePath;

/**
 * Writes the overview of a service's reference: API version and spec files, the description, a
 * table of tags (with their operation counts) and a compact table of every operation linking to
 * its section. Stateless.
 */
final class IndexPage {

    private IndexPage() {
    }

    static void write(ServiceSpec service, Map<SitePath, List<Operation>> byPage, ReferenceHtml out) {
        out.raw("<dl class=\"api-info\">\n");
        if (service.apiVersion() != null) {
            out.raw("<dt>API version</dt><dd><code>").text(service.apiVersion()).raw("</code></dd>\n");
        }
        if (!service.files().isEmpty()) {
            out.raw("<dt>").raw(service.files().size() == 1 ? "Spec file" : "Spec files").raw("</dt>");
            for (ServiceSpec.SpecFile file : service.files()) {
                out.raw("<dd><code>").text(file.displayPath()).raw("</code>");
                if (file.openapi() != null) {
                    out.raw(" (OpenAPI ").text(file.openapi()).raw(")");
                }
                out.raw("</dd>");
            }
            out.raw("\n");
        }
        out.raw("<dt>Operations</dt><dd>").text(String.valueOf(service.operations().size())).raw("</dd>\n</dl>\n");
        out.description(service.description());
        tags(service, byPage, out);
        operations(service, out);
    }

    private static void tags(ServiceSpec service, Map<SitePath, List<Operation>> byPage, ReferenceHtml out) {
        out.heading(2, "tags", null, "Tags");
        out.raw("<table class=\"api-tags\">\n<thead><tr><th>Tag</th><th>Operations</th><th>Description</th></tr></thead>\n<tbody>\n");
        SitePath index = ServiceSpec.indexPage();
        for (ServiceSpec.Tag tag : service.tags()) {
            out.raw("<tr><td><a href=\"").text(tag.page().relativeFrom(index)).raw("\">").text(tag.name()).raw("</a></td>")
                    .raw("<td>").text(String.valueOf(byPage.get(tag.page()).size())).raw("</td>")
                    .raw("<td>").raw(UntrustedMarkdown.toInlineHtml(tag.description())).raw("</td></tr>\n");
        }
        out.raw("</tbody>\n</table>\n");
    }

    private static void operations(ServiceSpec service, ReferenceHtml out) {
        out.heading(2, "operations", null, "Operations");
        out.raw("<table class=\"api-operations\">\n<thead><tr><th>Method</th><th>Path</th><th>Summary</th></tr></thead>\n<tbody>\n");
        for (Operation operation : service.operations()) {
            out.raw(operation.deprecated() ? "<tr class=\"api-deprecated\">" : "<tr>")
                    .raw("<td>").raw(Endpoint.methodBadge(operation.method())).raw("</td>")
                    .raw("<td><a href=\"").raw(Endpoint.href(ServiceSpec.indexPage(), operation)).raw("\">")
                    .raw(Endpoint.path(operation.path())).raw("</a></td>")
                    .raw("<td>").text(operation.summary() == null ? "" : operation.summary().strip())
                    .raw(operation.deprecated() ? " " + Endpoint.deprecatedLabel() : "").raw("</td></tr>\n");
        }
        out.raw("</tbody>\n</table>\n");
    }
}
