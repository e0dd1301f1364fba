package io.docstack.spec;

import java.util.Comparator;
import java.util.List;

import io.docstack.convert.UntrustedMarkdown;

/**
 * Writes the section of one operation on its tag page: an {@code <h2>} whose id is the
 * operation's anchor, the method and path, deprecation, description and operationId, then three
 * {@code <h3>} subsections with stable ids {@code {anchor}--parameters}, {@code {anchor}--request}
 * and {@code {anchor}--responses} (always present, so links to them never break). Stateless.
 */
final class OperationSection {

    /** Parameters are listed by location in this order; other locations follow. */
    private static final List<String> LOCATIONS = List.of("path", "query", "header", "cookie");

    private OperationSection() {
    }

    static void write(Operation operation, ReferenceLimits limits, ReferenceHtml out) {
        String anchor = operation.anchor();
        out.raw(operation.deprecated() ? "<section class=\"api-operation api-deprecated\">\n" : "<section class=\"api-operation\">\n");
        out.heading(2, anchor, "api-operation-title", title(operation));
        out.raw("<p class=\"api-endpoint\">").raw(Endpoint.signature(operation)).raw("</p>\n");
        if (operation.deprecated()) {
            out.raw("<p class=\"api-deprecated-notice\"><strong>Deprecated.</strong>"
                    + " This operation may be removed in a later version.</p>\n");
        }
        out.description(operation.description());
        if (operation.operationId() != null) {
            out.raw("<p class=\"api-operation-id\">Operation ID: <code>").text(operation.operationId()).raw("</code></p>\n");
        }
        out.subheading(3, anchor + "--parameters", null, "Parameters");
        parameters(operation.parameters(), limits, out);
        out.subheading(3, anchor + "--request", null, "Request body");
        requestBody(operation.requestBody(), limits, out);
        out.subheading(3, anchor + "--responses", null, "Responses");
        responses(operation.responses(), limits, out);
        out.raw("</section>\n");
    }

    /** The heading text: the summary, else the operationId or {@code METHOD /path}. */
    static String title(Operation operation) {
        return operation.summary() != null && !operation.summary().isBlank() ? operation.summary().strip() : operation.name();
    }

    private static void parameters(List<Operation.Parameter> parameters, ReferenceLimits limits, ReferenceHtml out) {
        if (parameters.isEmpty()) {
            out.raw("<p class=\"api-none\">No parameters.</p>\n");
            return;
        }
        out.raw("<table class=\"api-params\">\n<thead><tr><th>Name</th><th>In</th><th>Type</th><th>Required</th>"
                + "<th>Description</th></tr></thead>\n<tbody>\n");
        for (Operation.Parameter parameter : parameters.stream().sorted(Comparator.comparingInt(OperationSection::location)).toList()) {
            out.raw(parameter.deprecated() ? "<tr class=\"api-deprecated\">" : "<tr>")
                    .raw("<td><code class=\"api-name\">").text(parameter.name()).raw("</code>")
                    .raw(parameter.deprecated() ? " " + Endpoint.deprecatedLabel() : "").raw("</td>")
                    .raw("<td>").text(parameter.in()).raw("</td>")
                    .raw("<td>").text(parameter.schema() == null ? "" : SchemaTable.typeText(parameter.schema())).raw("</td>")
                    .raw("<td>").raw(SchemaTable.requiredCell(parameter.required())).raw("</td>")
                    .raw("<td>").raw(UntrustedMarkdown.toInlineHtml(parameter.description()))
                    .raw(SchemaTable.enumHtml(parameter.schema(), limits.maxEnumValues())).raw("</td></tr>\n");
        }
        out.raw("</tbody>\n</table>\n");
    }

    private static int location(Operation.Parameter parameter) {
        int index = LOCATIONS.indexOf(parameter.in());
        return index < 0 ? LOCATIONS.size() : index;
    }

    private static void requestBody(Operation.Body body, ReferenceLimits limits, ReferenceHtml out) {
        if (body == null) {
            out.raw("<p class=\"api-none\">No request body.</p>\n");
            return;
        }
        out.raw(body.required() ? "<p class=\"api-body-required\">" + SchemaTable.requiredCell(true) + "</p>\n" : "");
        out.description(body.description());
        body.content().forEach(media -> media(media, limits, out));
    }

    private static void responses(List<Operation.Response> responses, ReferenceLimits limits, ReferenceHtml out) {
        if (responses.isEmpty()) {
            out.raw("<p class=\"api-none\">No responses documented.</p>\n");
            return;
        }
        for (Operation.Response response : responses) {
            out.raw("<div class=\"api-response\">\n<div class=\"api-response-head\">").raw(Endpoint.statusBadge(response.status()))
                    .raw("<div class=\"api-response-description\">").raw(UntrustedMarkdown.toInlineHtml(response.description()))
                    .raw("</div></div>\n");
            response.content().forEach(media -> media(media, limits, out));
            out.raw("</div>\n");
        }
    }

    private static void media(Operation.Media media, ReferenceLimits limits, ReferenceHtml out) {
        out.raw("<div class=\"api-media\">\n<p class=\"api-media-type\">Media type: <code>").text(media.mediaType()).raw("</code></p>\n");
        SchemaTable.write(media.schema(), limits, out);
        if (media.example() != null) {
            example(media, limits, out);
        }
        out.raw("</div>\n");
    }

    private static void example(Operation.Media media, ReferenceLimits limits, ReferenceHtml out) {
        String text = media.example();
        int max = limits.maxExampleChars();
        boolean cut = text.length() > max;
        if (cut) {
            text = text.substring(0, Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max);
        }
        out.raw("<p class=\"api-example-title\">Example</p>\n<pre><code").raw(language(media.mediaType())).raw(">")
                .text(text).raw("</code></pre>\n");
        if (cut) {
            out.raw("<p class=\"api-note api-truncated\">Shortened: only the first ").text(String.valueOf(max))
                    .raw(" characters of this example are shown. The full example is in the spec file.</p>\n");
        }
    }

    /** The highlighter class for a media type's examples (JSON, XML or YAML), or none. */
    private static String language(String mediaType) {
        String type = mediaType == null ? "" : mediaType.toLowerCase(java.util.Locale.ROOT);
        for (String language : List.of("json", "xml", "yaml")) {
            if (type.contains(language)) {
                return " class=\"language-" + language + "\"";
            }
        }
        return "";
    }
}
