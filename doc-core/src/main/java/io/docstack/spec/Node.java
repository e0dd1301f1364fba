package io.docstack.spec;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A light tree of a YAML or JSON spec file in which every value keeps its 1-based line and column,
 * so that diagnostics point at the value that is wrong. Built by {@link NodeReader}; immutable
 * once built (the reader hands out no mutable views), so trees are shared between threads.
 */
sealed interface Node permits Node.MapNode, Node.ListNode, Node.Scalar {

    int line();

    int column();

    /** The kind of value in words, for "expected a mapping, found a list" messages. */
    String kind();

    /**
     * A mapping. Keys are unique (the reader reports duplicates) and keep their order.
     *
     * @param entries key to entry, in file order
     */
    record MapNode(Map<String, Entry> entries, int line, int column) implements Node {
        public MapNode {
            entries = Collections.unmodifiableMap(entries);
        }

        /** The value of {@code key}, or null. */
        Node get(String key) {
            Entry entry = entries.get(key);
            return entry == null ? null : entry.value();
        }

        /** The text of scalar {@code key}, or null when absent or not a scalar. */
        String text(String key) {
            return get(key) instanceof Scalar scalar && scalar.value() != null ? scalar.text() : null;
        }

        /** True when {@code key} holds the boolean {@code true}. */
        boolean flag(String key) {
            return get(key) instanceof Scalar scalar && Boolean.TRUE.equals(scalar.value());
        }

        @Override
        public String kind() {
            return "a mapping";
        }
    }

    /**
     * One key of a mapping with its value.
     *
     * @param line   line of the key (a {@code $ref} is reported where its key is written)
     * @param column column of the key
     */
    record Entry(Node value, int line, int column) {
    }

    /** A sequence. */
    record ListNode(List<Node> items, int line, int column) implements Node {
        public ListNode {
            items = Collections.unmodifiableList(items);
        }

        @Override
        public String kind() {
            return "a list";
        }
    }

    /**
     * A string, number, boolean or null.
     *
     * @param value a String, Number or Boolean; null for YAML/JSON null
     * @param text  the scalar as written ({@code 1.10} stays {@code 1.10}); "null" for null
     */
    record Scalar(Object value, String text, int line, int column) implements Node {
        @Override
        public String kind() {
            return value == null ? "null" : value instanceof String ? "a string"
                    : value instanceof Boolean ? "a boolean" : "a number";
        }
    }
}
