package io.docstack.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.docstack.spec.SpecFiles.Document;

/**
 * Request bodies, responses and their media types, {@code $ref}s to {@code components/requestBodies},
 * {@code responses} and {@code examples} resolved. Not thread-safe: one per project version.
 */
final class ContentReader {

    private final Resolver resolver;
    private final SchemaReader schemas;

    ContentReader(Resolver resolver, SchemaReader schemas) {
        this.resolver = resolver;
        this.schemas = schemas;
    }

    /** The request body, or null when absent or broken (a broken one is reported). */
    Operation.Body body(Document document, Node node) {
        Resolver.Target target = node == null ? null : resolver.follow(document, node);
        if (target == null || !(target.node() instanceof Node.MapNode map)) {
            return null;
        }
        return new Operation.Body(map.text("description"), map.flag("required"), content(target.document(), map.get("content")));
    }

    /** The responses in spec order; a broken response keeps its status with no description or content. */
    List<Operation.Response> responses(Document document, Node node) {
        if (!(node instanceof Node.MapNode map)) {
            return List.of();
        }
        List<Operation.Response> responses = new ArrayList<>(map.entries().size());
        map.entries().forEach((status, entry) -> {
            if (status.startsWith("x-")) {
                return;
            }
            Resolver.Target target = resolver.follow(document, entry.value());
            if (target != null && target.node() instanceof Node.MapNode response) {
                responses.add(new Operation.Response(status, response.text("description"),
                        content(target.document(), response.get("content"))));
            } else {
                responses.add(new Operation.Response(status, null, List.of()));
            }
        });
        return responses;
    }

    /** The schema of the first media type of a {@code content} map (parameters may use one). */
    Schema firstSchema(Document document, Node content) {
        List<Operation.Media> media = content(document, content);
        return media.isEmpty() ? null : media.get(0).schema();
    }

    private List<Operation.Media> content(Document document, Node node) {
        if (!(node instanceof Node.MapNode map)) {
            return List.of();
        }
        List<Operation.Media> media = new ArrayList<>(map.entries().size());
        for (Map.Entry<String, Node.Entry> entry : map.entries().entrySet()) {
            if (entry.getValue().value() instanceof Node.MapNode type) {
                media.add(new Operation.Media(entry.getKey(), schemas.read(document, type.get("schema")), example(document, type)));
            }
        }
        return media;
    }

    /** {@code example}, else the {@code value} of the first of {@code examples}; pretty JSON or the string. */
    private String example(Document document, Node.MapNode media) {
        Node example = media.get("example");
        if (example != null) {
            return PlainData.json(example, true);
        }
        if (media.get("examples") instanceof Node.MapNode examples && !examples.entries().isEmpty()) {
            Resolver.Target first = resolver.follow(document, examples.entries().values().iterator().next().value());
            if (first != null && first.node() instanceof Node.MapNode value && value.get("value") != null) {
                return PlainData.json(value.get("value"), true);
            }
        }
        return null;
    }
}
