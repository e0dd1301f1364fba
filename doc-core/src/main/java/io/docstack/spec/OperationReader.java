package io.docstack.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;
import io.docstack.spec.SpecFiles.Document;

/**
 * The operations of one path item, with the path-level parameters merged into each (the
 * operation's own win on the same name and location). Not thread-safe: one per project version.
 */
final class OperationReader {

    /** The operation keys of a path item, in the order OpenAPI lists them (and pages show them). */
    static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final Resolver resolver;
    private final SchemaReader schemas;
    private final ContentReader content;
    private final Problems problems;

    OperationReader(Resolver resolver, SchemaReader schemas, Problems problems) {
        this.resolver = resolver;
        this.schemas = schemas;
        this.content = new ContentReader(resolver, schemas);
        this.problems = problems;
    }

    /** Adds the operations of path item {@code entry} (at {@code path}) to {@code out}. */
    void read(Document document, String path, Node.Entry entry, List<Draft> out) {
        Resolver.Target target = resolver.follow(document, entry.value());
        if (target == null) {
            return;
        }
        if (!(target.node() instanceof Node.MapNode item)) {
            notMapping(document, entry.value(), "path item '" + path + "'", "write the operations (get, post …) under the path");
            return;
        }
        Document itemDocument = target.document();
        List<Operation.Parameter> shared = parameters(itemDocument, item.get("parameters"));
        for (String method : METHODS) {
            Node.Entry operation = item.entries().get(method);
            if (operation == null) {
                continue;
            }
            if (!(operation.value() instanceof Node.MapNode map)) {
                notMapping(itemDocument, operation.value(), "operation " + method.toUpperCase(Locale.ROOT) + " " + path,
                        "write its responses, parameters … under the method");
                continue;
            }
            out.add(draft(itemDocument, method, path, operation, map, shared));
        }
    }

    private Draft draft(Document document, String method, String path, Node.Entry at, Node.MapNode map,
                        List<Operation.Parameter> shared) {
        Map<String, Operation.Parameter> merged = new LinkedHashMap<>();
        shared.forEach(p -> merged.put(p.name() + '\0' + p.in(), p));
        parameters(document, map.get("parameters")).forEach(p -> merged.put(p.name() + '\0' + p.in(), p));
        Map<String, Object> extensions = new LinkedHashMap<>();
        map.entries().forEach((key, entry) -> {
            Object value = key.startsWith("x-") ? PlainData.of(entry.value()) : null;
            if (value != null) { // Operation keeps an immutable map, which holds no nulls: "x-a: ~" says nothing
                extensions.put(key, value);
            }
        });
        return new Draft(method.toUpperCase(Locale.ROOT), path, map.text("operationId"), map.text("summary"),
                map.text("description"), tags(map.get("tags")), map.flag("deprecated"), new ArrayList<>(merged.values()),
                content.body(document, map.get("requestBody")), content.responses(document, map.get("responses")),
                extensions, new SpecPosition(document.displayPath(), at.line(), at.column()));
    }

    private List<Operation.Parameter> parameters(Document document, Node node) {
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof Node.ListNode list)) {
            problems.add(Diagnostic.error(Rules.SPEC_PARSE, document.displayPath(), node.line(), node.column(),
                    "parameters must be a list, found " + node.kind(), "write each parameter as a '- name: …' item"));
            return List.of();
        }
        List<Operation.Parameter> parameters = new ArrayList<>(list.items().size());
        for (Node item : list.items()) {
            Resolver.Target target = resolver.follow(document, item);
            if (target == null) {
                continue;
            }
            if (!(target.node() instanceof Node.MapNode map) || map.text("name") == null || map.text("in") == null) {
                problems.add(Diagnostic.error(Rules.SPEC_PARSE, target.document().displayPath(), target.node().line(),
                        target.node().column(), "a parameter needs 'name' and 'in'", "add them, e.g. name: server_id, in: path"));
                continue;
            }
            Document at = target.document();
            Schema schema = map.get("schema") != null ? schemas.read(at, map.get("schema")) : content.firstSchema(at, map.get("content"));
            parameters.add(new Operation.Parameter(map.text("name"), map.text("in"), map.flag("required"),
                    map.flag("deprecated"), map.text("description"), schema));
        }
        return parameters;
    }

    private static List<String> tags(Node node) {
        if (!(node instanceof Node.ListNode list)) {
            return List.of();
        }
        List<String> tags = new ArrayList<>(list.items().size());
        list.items().forEach(item -> {
            if (item instanceof Node.Scalar scalar && scalar.value() != null) {
                tags.add(scalar.text());
            }
        });
        return tags;
    }

    private void notMapping(Document document, Node node, String what, String hint) {
        problems.add(Diagnostic.error(Rules.SPEC_PARSE, document.displayPath(), node.line(), node.column(),
                what + " must be a mapping, found " + node.kind(), hint));
    }
}
