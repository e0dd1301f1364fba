package io.docstack.spec;

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

    /** How deep {@link #collectPropertyNames} looks: request bodies nest a few levels, not dozens. */
    private static final int MAX_DEPTH = 12;

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

    /** Adds the property names of {@code schema} at any depth (including array items and branches). */
    static void collectPropertyNames(Schema schema, Set<String> names) {
        collect(schema, names, 0);
    }

    private static void collect(Schema schema, Set<String> names, int depth) {
        if (schema == null || schema.recursive() || depth > MAX_DEPTH) {
            return;
        }
        for (Property property : schema.properties()) {
            names.add(property.name());
            collect(property.schema(), names, depth + 1);
        }
        collect(schema.items(), names, depth + 1);
        for (List<Schema> branches : List.of(schema.oneOf(), schema.anyOf(), schema.allOf())) {
            branches.forEach(branch -> collect(branch, names, depth + 1));
        }
    }
}
