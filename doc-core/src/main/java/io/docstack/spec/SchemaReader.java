package io.docstack.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;
import io.docstack.spec.SpecFiles.Document;

/**
 * Turns schema nodes into {@link Schema}s, {@code $ref}s resolved. Every schema node is converted
 * once and the result shared, so a component used by a hundred operations (or by every
 * microversion branch of a {@code oneOf}) is one object in memory. A schema met again inside
 * itself is cut with a {@link Schema#recursive()} stand-in, and so is a schema nested deeper than
 * {@link #MAX_SCHEMA_DEPTH}. Not thread-safe: one per project version.
 */
final class SchemaReader {

    /**
     * Deepest nesting of schemas read, counting every level (properties, items, branches) whether
     * written inline or reached through a {@code $ref}. Real specs nest a dozen levels; a chain of
     * thousands of {@code $ref}'d components would otherwise overflow the stack here and in every
     * later walk of the schema (tables, field names). A schema at this depth is replaced by a
     * {@link Schema#recursive()} stand-in that keeps its name, and the spec gets one warning.
     */
    static final int MAX_SCHEMA_DEPTH = 64;

    private final Resolver resolver;
    private final Problems problems;
    private final Map<Node, Schema> converted = new IdentityHashMap<>();
    private final Set<Node> open = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean cutReported;

    SchemaReader(Resolver resolver, Problems problems) {
        this.resolver = resolver;
        this.problems = problems;
    }

    /** The schema {@code node} stands for, or null when it is absent or its {@code $ref} is broken. */
    Schema read(Document document, Node node) {
        return read(document, node, 0);
    }

    private Schema read(Document document, Node node, int depth) {
        if (node == null) {
            return null;
        }
        Resolver.Target target = resolver.follow(document, node);
        if (target == null || !(target.node() instanceof Node.MapNode map)) {
            return null; // broken $ref (reported) or a 3.1 boolean schema, which pages do not show
        }
        Schema known = converted.get(map);
        if (known != null) {
            return known;
        }
        if (open.contains(map)) {
            return recursive(target.name());
        }
        if (depth >= MAX_SCHEMA_DEPTH) {
            reportCut(target.document(), map);
            return recursive(target.name());
        }
        open.add(map);
        try {
            Schema schema = convert(target.document(), map, target.name(), depth + 1);
            converted.put(map, schema);
            return schema;
        } finally {
            open.remove(map);
        }
    }

    /**
     * A warning, not an error: the spec is valid OpenAPI and every operation is read; only the
     * reference page is incomplete below the cut. Once per reader (a chain is cut at every one
     * of its schemas that is reached, and one message says it all).
     */
    private void reportCut(Document document, Node.MapNode map) {
        if (!cutReported) {
            cutReported = true;
            problems.add(Diagnostic.warning(Rules.SPEC_PARSE, document.displayPath(), map.line(), map.column(),
                    "schemas nest deeper than " + MAX_SCHEMA_DEPTH + " levels here; reference pages show the deeper ones by name only",
                    "check for a generated chain of $refs: real schemas nest a few levels"));
        }
    }

    private Schema convert(Document document, Node.MapNode map, String name, int depth) {
        List<String> types = new ArrayList<>();
        boolean nullable = map.flag("nullable");
        Node type = map.get("type");
        if (type instanceof Node.Scalar scalar) {
            types.add(scalar.text());
        } else if (type instanceof Node.ListNode list) {
            for (Node item : list.items()) {
                if (item instanceof Node.Scalar scalar && "null".equals(scalar.text())) {
                    nullable = true; // 3.1: type: [string, "null"]
                } else if (item instanceof Node.Scalar scalar) {
                    types.add(scalar.text());
                }
            }
        }
        return new Schema(name, types.isEmpty() ? null : String.join("|", types), map.text("format"),
                map.text("description"), map.flag("deprecated"), nullable, properties(document, map.get("properties"), depth),
                texts(map.get("required")), read(document, map.get("items"), depth), branches(document, map.get("oneOf"), depth),
                branches(document, map.get("anyOf"), depth), branches(document, map.get("allOf"), depth), enumValues(map.get("enum")), false);
    }

    private List<Schema.Property> properties(Document document, Node node, int depth) {
        if (!(node instanceof Node.MapNode map)) {
            return List.of();
        }
        List<Schema.Property> properties = new ArrayList<>(map.entries().size());
        map.entries().forEach((key, entry) -> properties.add(new Schema.Property(key, read(document, entry.value(), depth))));
        return properties;
    }

    private List<Schema> branches(Document document, Node node, int depth) {
        if (!(node instanceof Node.ListNode list)) {
            return List.of();
        }
        List<Schema> branches = new ArrayList<>(list.items().size());
        for (Node item : list.items()) {
            Schema branch = read(document, item, depth);
            if (branch != null) {
                branches.add(branch);
            }
        }
        return branches;
    }

    private static Set<String> texts(Node node) {
        if (!(node instanceof Node.ListNode list)) {
            return Set.of();
        }
        Set<String> texts = new LinkedHashSet<>();
        list.items().forEach(item -> {
            if (item instanceof Node.Scalar scalar) {
                texts.add(scalar.text());
            }
        });
        return texts;
    }

    private static List<String> enumValues(Node node) {
        if (!(node instanceof Node.ListNode list)) {
            return List.of();
        }
        List<String> values = new ArrayList<>(list.items().size());
        list.items().forEach(item -> values.add(item instanceof Node.Scalar scalar ? scalar.text() : PlainData.json(item, false)));
        return values;
    }

    private static Schema recursive(String name) {
        return new Schema(name, null, null, null, false, false, List.of(), Set.of(), null, List.of(), List.of(),
                List.of(), List.of(), true);
    }
}
