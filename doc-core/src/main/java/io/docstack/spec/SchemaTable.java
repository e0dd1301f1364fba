package io.docstack.spec;

import static io.docstack.spec.ReferenceHtml.escape;

import java.util.List;

import io.docstack.convert.UntrustedMarkdown;

/**
 * Writes a schema as one flat table: nested properties get dotted names ({@code server.flavor.id},
 * {@code networks[].uuid}) and an indentation class, {@code oneOf}/{@code anyOf} branches are
 * numbered option rows with their own properties below, {@code allOf} parts are merged, and a
 * {@link Schema#recursive() recursive} repeat is a single row "→ Name (recursive)". The table
 * stops at {@link ReferenceLimits#maxSchemaDepth()} and {@link ReferenceLimits#maxSchemaRows()}
 * and then says so in a note. Schema records may be shared between branches, so the walk also
 * stops after a fixed number of visits, whatever the shape. Not thread-safe: one per table.
 */
final class SchemaTable {

    /** Visits allowed per row of the limit: enough for empty wrappers, bounded for pathological shapes. */
    private static final int VISITS_PER_ROW = 8;

    /** The theme indents up to this many levels; deeper rows share its class. */
    private static final int MAX_DEPTH_CLASS = 8;

    private final ReferenceLimits limits;
    private final StringBuilder rows = new StringBuilder();
    private int rowCount;
    private int visits;
    private boolean cutByRows;
    private boolean cutByDepth;

    private SchemaTable(ReferenceLimits limits) {
        this.limits = limits;
    }

    /** Writes the type line, description, table and note of {@code schema}; nothing for null. */
    static void write(Schema schema, ReferenceLimits limits, ReferenceHtml out) {
        if (schema == null) {
            return;
        }
        out.raw("<p class=\"api-schema-type\">Schema: <code>").text(typeText(schema)).raw("</code></p>\n");
        if (!schema.recursive()) {
            out.description(schema.description());
        }
        SchemaTable table = new SchemaTable(limits);
        table.children(schema, "", 0);
        if (table.rowCount > 0) {
            out.raw("<table class=\"api-schema\">\n<thead><tr><th>Name</th><th>Type</th><th>Required</th>"
                    + "<th>Description</th></tr></thead>\n<tbody>\n").raw(table.rows.toString()).raw("</tbody>\n</table>\n");
        }
        table.note(out);
    }

    /** The type as shown: {@code string (uuid)}, {@code array of Server}, {@code → Node (recursive)}. */
    static String typeText(Schema schema) {
        if (schema == null) {
            return "any";
        }
        if (schema.recursive()) {
            return "→ " + (schema.name() != null ? schema.name() : "schema") + " (recursive)";
        }
        String type = schema.type();
        String text;
        if ("array".equals(type) || type == null && schema.items() != null) {
            text = "array of " + typeText(schema.items());
        } else if (type != null) {
            text = type;
        } else if (!schema.oneOf().isEmpty()) {
            text = "one of";
        } else if (!schema.anyOf().isEmpty()) {
            text = "any of";
        } else if (!schema.properties().isEmpty() || !schema.allOf().isEmpty()) {
            text = "object";
        } else {
            text = "any";
        }
        if (schema.name() != null && !text.startsWith("array")
                && (text.equals("object") || text.equals("one of") || text.equals("any of") || text.equals("any"))) {
            text = schema.name();
        }
        if (schema.format() != null) {
            text += " (" + schema.format() + ")";
        }
        return schema.nullable() ? text + ", nullable" : text;
    }

    /** The allowed values of {@code schema}, at most {@code limit}, as HTML; "" when it has none. */
    static String enumHtml(Schema schema, int limit) {
        if (schema == null || schema.enumValues().isEmpty()) {
            return "";
        }
        List<String> values = schema.enumValues();
        StringBuilder html = new StringBuilder("<div class=\"api-enum\">Allowed values: ");
        for (int i = 0; i < Math.min(limit, values.size()); i++) {
            html.append(i > 0 ? ", " : "").append("<code>").append(escape(values.get(i))).append("</code>");
        }
        if (values.size() > limit) {
            html.append(" and ").append(values.size() - limit).append(" more (first ").append(limit).append(" shown)");
        }
        return html.append("</div>").toString();
    }

    private void children(Schema schema, String path, int depth) {
        if (schema == null || schema.recursive() || cutByRows) {
            return;
        }
        if (++visits > limits.maxSchemaRows() * VISITS_PER_ROW) {
            cutByRows = true;
            return;
        }
        if (!hasChildren(schema)) {
            return;
        }
        if (depth >= limits.maxSchemaDepth()) {
            cutByDepth = true;
            return;
        }
        for (Schema.Property property : schema.properties()) {
            if (!room()) {
                return;
            }
            String name = path.isEmpty() ? property.name() : path + "." + property.name();
            propertyRow(path, property, schema.required().contains(property.name()), depth);
            children(property.schema(), name, depth + 1);
        }
        children(schema.items(), path.isEmpty() ? "" : path + "[]", depth);
        schema.allOf().forEach(part -> children(part, path, depth));
        alternatives(schema.oneOf(), "one of", path, depth);
        alternatives(schema.anyOf(), "any of", path, depth);
    }

    private void alternatives(List<Schema> branches, String kind, String path, int depth) {
        for (int i = 0; i < branches.size() && room(); i++) {
            Schema branch = branches.get(i);
            String label = "<span class=\"api-alternative\">" + escape(path.isEmpty() ? "" : path + ": ")
                    + "option " + (i + 1) + " (" + kind + ")</span>";
            row("api-alternative-row", label, branch, "", depth);
            children(branch, path, depth + 1);
        }
    }

    private void propertyRow(String parent, Schema.Property property, boolean required, int depth) {
        Schema schema = property.schema();
        boolean deprecated = schema != null && schema.deprecated();
        StringBuilder name = new StringBuilder("<code class=\"api-name\">");
        if (!parent.isEmpty()) {
            name.append("<span class=\"api-name-parent\">").append(escape(parent)).append(".</span>");
        }
        name.append(escape(property.name())).append("</code>");
        if (deprecated) {
            name.append(" <span class=\"api-label api-label-deprecated\">deprecated</span>");
        }
        row(deprecated ? "api-deprecated" : null, name.toString(), schema, requiredCell(required), depth);
    }

    private void row(String cssClass, String nameHtml, Schema schema, String requiredHtml, int depth) {
        rowCount++;
        rows.append("<tr class=\"api-depth-").append(Math.min(depth, MAX_DEPTH_CLASS)).append(cssClass == null ? "" : " " + cssClass).append("\">")
                .append("<td>").append(nameHtml).append("</td>")
                .append("<td>").append(escape(typeText(schema))).append("</td>")
                .append("<td>").append(requiredHtml).append("</td>")
                .append("<td>").append(schema == null || schema.recursive() ? "" : description(schema)).append("</td>")
                .append("</tr>\n");
    }

    private String description(Schema schema) {
        return UntrustedMarkdown.toInlineHtml(schema.description()) + enumHtml(schema, limits.maxEnumValues());
    }

    static String requiredCell(boolean required) {
        return required ? "<span class=\"api-required\">required</span>" : "<span class=\"api-optional\">optional</span>";
    }

    /** Whether one more row fits; when it does not, the table is cut there. */
    private boolean room() {
        if (!cutByRows && rowCount >= limits.maxSchemaRows()) {
            cutByRows = true;
        }
        return !cutByRows;
    }

    private static boolean hasChildren(Schema schema) {
        return !schema.properties().isEmpty() || schema.items() != null || !schema.allOf().isEmpty()
                || !schema.oneOf().isEmpty() || !schema.anyOf().isEmpty();
    }

    private void note(ReferenceHtml out) {
        if (!cutByRows && !cutByDepth) {
            return;
        }
        out.raw("<p class=\"api-note api-truncated\">Shortened:");
        if (cutByDepth) {
            out.raw(" properties nested deeper than ").text(String.valueOf(limits.maxSchemaDepth())).raw(" levels are not shown.");
        }
        if (cutByRows) {
            out.raw(" Only the first ").text(String.valueOf(limits.maxSchemaRows())).raw(" rows of this schema are shown.");
        }
        out.raw(" The full schema is in the spec file.</p>\n");
    }
}
