package io.docstack.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * Spec values as plain Java data (for {@code x-} extensions) and as JSON text (for examples).
 * Thread-safe.
 */
final class PlainData {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();
    private static final ObjectWriter COMPACT = MAPPER.writer();

    private PlainData() {
    }

    /** Unmodifiable maps (in file order) and lists, strings, numbers, booleans; YAML null is null. */
    static Object of(Node node) {
        if (node instanceof Node.MapNode map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.entries().forEach((key, entry) -> out.put(key, of(entry.value())));
            return Collections.unmodifiableMap(out);
        }
        if (node instanceof Node.ListNode list) {
            List<Object> out = new ArrayList<>(list.items().size());
            list.items().forEach(item -> out.add(of(item)));
            return Collections.unmodifiableList(out);
        }
        return ((Node.Scalar) node).value();
    }

    /** A string as it is; anything else as JSON, pretty-printed or on one line. */
    static String json(Node node, boolean pretty) {
        if (node instanceof Node.Scalar scalar && scalar.value() instanceof String text) {
            return text;
        }
        try {
            return (pretty ? PRETTY : COMPACT).writeValueAsString(of(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain data always serializes", e);
        }
    }
}
