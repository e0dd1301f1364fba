package io.docstack.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.docstack.spec.SpecFiles.Document;

/**
 * Turns schema nodes into {@link Schema}s, {@code $ref}s resolved. Every schema node is converted
 * once and the result shared, so a component used by a hundred operations (or by every
 * microversion branch of a {@code oneOf}) is one object in memory. A schema met again inside
 * itself is cut with a {@link Schema#recursive()} stand-in. Not thread-safe: one per project version.
 */
final class SchemaReader {

    private final Resolver resolver;
    private final Map<Node, Schema> converted = new IdentityHashMap<>();
    private final Set<Node> open = Collections.newSetFromMap(new IdentityHashMap<>());

    SchemaReader(Resolver resolver) {
        this.resolver = resolver;
    }

    /** The schema {@code node} stands for, or null when it is absent or its {@code $ref} is broken. */
    Schema read(Document document, Node node) {
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
        open.add(map);
        try {
            Schema schema = convert(target.document(), map, target.name());
            converted.put(map, schema);
            return schema;
        } finally {
            open.remove(map);
        }
    }

    private Schema convert(Document document, Node.MapNode map, String name) {
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
                map.text("description"), map.flag("deprecated"), nullable, properties(document, map.get("properties")),
                texts(map.get("required")), read(document, map.get("items")), branches(document, map.get("oneOf")),
                branches(document, map.get("anyOf")), branches(document, map.get("allOf")), enumValues(map.get("enum")), false);
    }

    private List<Schema.Property> properties(Document document, Node node) {
        if (!(node instanceof Node.MapNode map)) {
            return List.of();
        }
        List<Schema.Property> properties = new ArrayList<>(map.entries().size());
        map.entries().forEach((key, entry) -> properties.add(new Schema.Property(key, read(document, entry.value()))));
        return properties;
    }

    private List<Schema> branches(Document document, Node node) {
        if (!(node instanceof Node.ListNode list)) {
            return List.of();
        }
        List<Schema> branches = new ArrayList<>(list.items().size());
        for (Node item : list.items()) {
            Schema branch = read(document, item);
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
