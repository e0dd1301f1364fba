package io.docstack.spec;

import java.util.ArrayList;
import java.util.List;

import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;
import io.docstack.spec.SpecFiles.Document;

/**
 * Reads one root spec file: checks that it is OpenAPI 3.0 or 3.1, then reads its info, declared
 * tags and operations. Not thread-safe: one per project version.
 */
final class SpecReader {

    /** A tag of the {@code tags} list. */
    record DeclaredTag(String name, String description) {
    }

    /**
     * One root file, read.
     *
     * @param operations in file order, without anchors and pages yet
     * @param servers    the {@code url} of each top-level server, as written
     */
    record ReadSpec(ServiceSpec.SpecFile file, Node.MapNode info, List<DeclaredTag> tags, List<Draft> operations,
                    List<String> servers) {
    }

    private final OperationReader operations;
    private final Problems problems;

    SpecReader(OperationReader operations, Problems problems) {
        this.operations = operations;
        this.problems = problems;
    }

    /**
     * The spec in {@code document}, or null when it is none: not OpenAPI 3.0/3.1 (reported), or a
     * fragment found in a spec folder ({@code named} false and no {@code openapi} key; not reported).
     */
    ReadSpec read(Document document, boolean named) {
        Node root = document.root();
        Node.MapNode map = root instanceof Node.MapNode m ? m : null;
        Node.Entry openapi = map == null ? null : map.entries().get("openapi");
        if (openapi == null) {
            if (map != null && map.get("swagger") != null) {
                report(document, map.entries().get("swagger").line(), map.entries().get("swagger").column(),
                        "Swagger 2 (swagger: " + map.text("swagger") + ") is not supported; Docstack reads OpenAPI 3.0 and 3.1",
                        "convert the file with swagger2openapi (npx swagger2openapi in.yaml -o out.yaml) or a similar tool");
            } else if (named) {
                report(document, root.line(), root.column(), "not an OpenAPI document: it has no top-level 'openapi' key",
                        "start the file with openapi: 3.1.0, or remove it from the project's <specs>");
            }
            return null;
        }
        String version = openapi.value() instanceof Node.Scalar scalar ? scalar.text() : "";
        if (!supported(version)) {
            report(document, openapi.value().line(), openapi.value().column(),
                    "OpenAPI version '" + version + "' is not supported; Docstack reads 3.0.x and 3.1.x",
                    "write openapi: 3.1.0 (or 3.0.3) and adapt the document");
            return null;
        }
        List<Draft> drafts = new ArrayList<>();
        Node paths = map.get("paths");
        if (paths instanceof Node.MapNode pathMap) {
            pathMap.entries().forEach((path, entry) -> {
                if (!path.startsWith("x-")) {
                    operations.read(document, path, entry, drafts);
                }
            });
        } else if (paths != null) {
            report(document, paths.line(), paths.column(), "'paths' must be a mapping of path templates to path items, found "
                    + paths.kind(), "write each path as a key: '/servers/{id}:'");
        }
        Node.MapNode info = map.get("info") instanceof Node.MapNode i ? i : null;
        return new ReadSpec(new ServiceSpec.SpecFile(document.file(), document.displayPath(), version), info,
                tags(map.get("tags")), drafts, servers(map.get("servers")));
    }

    /** The {@code url}s of a {@code servers} list; entries without one are left to the spec's own validators. */
    private static List<String> servers(Node node) {
        List<String> urls = new ArrayList<>();
        if (node instanceof Node.ListNode list) {
            for (Node item : list.items()) {
                if (item instanceof Node.MapNode server && server.text("url") != null) {
                    urls.add(server.text("url"));
                }
            }
        }
        return urls;
    }

    /** 3.0.x and 3.1.x; a bare {@code 3.1} (often written unquoted, read as a number) too. */
    static boolean supported(String version) {
        return (version.startsWith("3.0") || version.startsWith("3.1"))
                && (version.length() == 3 || version.charAt(3) == '.');
    }

    private static List<DeclaredTag> tags(Node node) {
        if (!(node instanceof Node.ListNode list)) {
            return List.of();
        }
        List<DeclaredTag> tags = new ArrayList<>();
        for (Node item : list.items()) {
            if (item instanceof Node.MapNode tag && tag.text("name") != null) {
                tags.add(new DeclaredTag(tag.text("name"), tag.text("description")));
            }
        }
        return tags;
    }

    private void report(Document document, int line, int column, String message, String hint) {
        problems.add(Diagnostic.error(Rules.SPEC_PARSE, document.displayPath(), line, column, message, hint));
    }
}
