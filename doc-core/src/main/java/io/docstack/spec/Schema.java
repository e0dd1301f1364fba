package io.docstack.spec;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * A schema, {@code $ref}s resolved, as far as reference pages show it. A schema that refers back
 * to one of its enclosing schemas (a tree node holding its children) is cut at the repeat:
 * {@link #recursive()} is true and only {@link #name()} is set.
 *
 * @param name        the component name when the schema came from a {@code $ref}
 *                    ({@code #/components/schemas/Server} gives {@code Server}), or null
 * @param type        {@code type} (for 3.1 type lists, the non-null types joined with {@code |}), or null
 * @param format      {@code format}, or null
 * @param description CommonMark, or null
 * @param deprecated  {@code deprecated: true}
 * @param nullable    3.0 {@code nullable: true}, or {@code null} in a 3.1 type list
 * @param properties  object properties in spec order
 * @param required    names of required properties
 * @param items       schema of array items, or null
 * @param oneOf       {@code oneOf} branches
 * @param anyOf       {@code anyOf} branches
 * @param allOf       {@code allOf} parts
 * @param enumValues  {@code enum} values as text
 * @param recursive   true when this is a repeat of an enclosing schema, not expanded again
 */
public record Schema(String name, String type, String format, String description, boolean deprecated,
                     boolean nullable, List<Property> properties, Set<String> required, Schema items,
                     List<Schema> oneOf, List<Schema> anyOf, List<Schema> allOf, List<String> enumValues,
                     boolean recursive) {

    public Schema {
        properties = List.copyOf(properties);
        required = Set.copyOf(required);
        oneOf = List.copyOf(oneOf);
        anyOf = List.copyOf(anyOf);
        allOf = List.copyOf(allOf);
        enumValues = List.copyOf(enumValues);
    }

    /** A named object property. */
    public record Property(String name, Schema schema) {
    }

    /**
     * Adds the property names of {@code schema} at any depth (including array items and branches).
     * Schemas are shared (a component used in ten places is one object), so each is walked once:
     * the time is linear in the distinct schemas reachable, where a walk of every path was
     * exponential. The depth is bounded by {@code SchemaReader.MAX_SCHEMA_DEPTH}.
     */
    static void collectPropertyNames(Schema schema, Set<String> names) {
        collect(schema, names, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static void collect(Schema schema, Set<String> names, Set<Schema> visited) {
        if (schema == null || schema.recursive() || !visited.add(schema)) {
            return;
        }
        for (Property property : schema.properties()) {
            names.add(property.name());
            collect(property.schema(), names, visited);
        }
        collect(schema.items(), names, visited);
        for (List<Schema> branches : List.of(schema.oneOf(), schema.anyOf(), schema.allOf())) {
            branches.forEach(branch -> collect(branch, names, visited));
        }
    }
}
