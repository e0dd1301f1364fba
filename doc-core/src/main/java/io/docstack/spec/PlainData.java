package io.docstack.spec;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Spec values as plain Java data (for {@code x-} extensions) and as JSON text (for examples).
 * Both are bounded: YAML aliases are shared nodes in the tree, and copying them out expands
 * them, so a small file could otherwise produce gigabytes. Thread-safe.
 */
final class PlainData {

    /** Longest JSON text made of one value (an example, an enum value); longer text is cut with {@link #CUT}. */
    static final int MAX_CHARS = 100_000;
    /** Most values (scalars, maps, lists) copied out of one extension; the rest become {@link #CUT}. */
    static final int MAX_VALUES = 10_000;
    /** What stands where a value was cut. */
    static final String CUT = "… (cut: the value is too large to show)";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PlainData() {
    }

    /**
     * Unmodifiable maps (in file order) and lists, strings, numbers, booleans; YAML null is null.
     * Past {@link #MAX_VALUES} values, the rest of each map and list is one {@link #CUT} string.
     */
    static Object of(Node node) {
        return of(node, new int[] {MAX_VALUES});
    }

    private static Object of(Node node, int[] budget) {
        if (--budget[0] < 0) {
            return CUT;
        }
        if (node instanceof Node.MapNode map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, Node.Entry> entry : map.entries().entrySet()) {
                if (budget[0] <= 0) {
                    out.put(entry.getKey(), CUT);
                    break;
                }
                out.put(entry.getKey(), of(entry.getValue().value(), budget));
            }
            return Collections.unmodifiableMap(out);
        }
        if (node instanceof Node.ListNode list) {
            List<Object> out = new ArrayList<>(Math.min(list.items().size(), 64));
            for (Node item : list.items()) {
                if (budget[0] <= 0) {
                    out.add(CUT);
                    break;
                }
                out.add(of(item, budget));
            }
            return Collections.unmodifiableList(out);
        }
        return ((Node.Scalar) node).value();
    }

    /**
     * A string as it is; anything else as JSON, pretty-printed or on one line. Text longer than
     * {@link #MAX_CHARS} is cut there, and {@link #CUT} is appended on a line of its own. The JSON
     * is written straight from the tree and stops at the budget, so an alias bomb costs no more.
     */
    static String json(Node node, boolean pretty) {
        if (node instanceof Node.Scalar scalar && scalar.value() instanceof String text) {
            return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS) + "\n" + CUT;
        }
        Bounded out = new Bounded();
        try (JsonGenerator generator = MAPPER.getFactory().createGenerator(out)) {
            if (pretty) {
                generator.useDefaultPrettyPrinter();
            }
            write(generator, node);
        } catch (Full full) {
            return out.text + "\n" + CUT;
        } catch (IOException e) {
            throw new IllegalStateException("plain data always serializes", e);
        }
        return out.text.toString();
    }

    private static void write(JsonGenerator generator, Node node) throws IOException {
        if (node instanceof Node.MapNode map) {
            generator.writeStartObject();
            for (Map.Entry<String, Node.Entry> entry : map.entries().entrySet()) {
                generator.writeFieldName(entry.getKey());
                write(generator, entry.getValue().value());
            }
            generator.writeEndObject();
        } else if (node instanceof Node.ListNode list) {
            generator.writeStartArray();
            for (Node item : list.items()) {
                write(generator, item);
            }
            generator.writeEndArray();
        } else {
            generator.writeObject(((Node.Scalar) node).value());
        }
    }

    /** Thrown by {@link Bounded} when the budget is spent: stops the generator wherever it is. */
    private static final class Full extends IOException {
        Full() {
            super("budget spent", null);
        }
    }

    /** A writer that keeps the first {@link #MAX_CHARS} characters and then refuses more. */
    private static final class Bounded extends Writer {
        final StringBuilder text = new StringBuilder();

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            int room = MAX_CHARS - text.length();
            if (length > room) {
                text.append(chars, offset, room);
                throw new Full();
            }
            text.append(chars, offset, length);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
