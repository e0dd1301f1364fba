package io.docstack.spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;
import io.docstack.model.Suggestions;
import io.docstack.spec.SpecFiles.Document;

/**
 * Follows {@code $ref}s for one project version: local pointers, and relative files inside the
 * spec folder tree. Problems are {@code spec.ref} diagnostics at the {@code $ref}'s key. Not
 * thread-safe: one per project version, used by one thread.
 */
final class Resolver {

    /**
     * Where a value ends after following its {@code $ref}s.
     *
     * @param name the component name of the last {@code $ref} followed, or null when there was none
     */
    record Target(Document document, Node node, String name) {
    }

    private final SpecFiles files;
    private final Path root;
    private final List<Path> roots = new ArrayList<>();
    private final List<Path> realRoots = new ArrayList<>();
    private final Problems problems;

    /**
     * @param root   the folder that referenced files must stay in: the spec location of the root
     *               spec being read
     * @param others the other spec folders the project configures: a spec tree split over
     *               sibling folders ({@code namespaces/}, {@code schemas/}) may refer across them
     */
    Resolver(SpecFiles files, Path root, List<Path> others, Problems problems) {
        this.files = files;
        this.root = root.toAbsolutePath().normalize();
        this.problems = problems;
        roots.add(this.root);
        others.forEach(other -> roots.add(other.toAbsolutePath().normalize()));
        roots.forEach(folder -> realRoots.add(realPath(folder)));
    }

    private static boolean inside(Path file, List<Path> folders) {
        return folders.stream().anyMatch(file::startsWith);
    }

    /** The path with symlinks resolved, or itself when it cannot be (it is then compared as written). */
    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException | SecurityException e) {
            return path;
        }
    }

    /** The value {@code node} stands for: itself, or the end of its {@code $ref} chain; null when that is broken. */
    Target follow(Document document, Node node) {
        Target current = new Target(document, node, null);
        Node.Entry ref = refOf(node);
        if (ref == null) {
            return current; // most values are not references: no bookkeeping for them
        }
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<String> names = new ArrayList<>();
        for (; ref != null; ref = refOf(current.node())) {
            Target next = lookup(current.document(), ref);
            if (next == null) {
                return null;
            }
            names.add(next.name());
            if (!seen.add(next.node())) {
                problems.add(Diagnostic.error(Rules.SPEC_REF, current.document().displayPath(), ref.line(), ref.column(),
                        "$ref cycle " + String.join(" → ", names) + ": the chain never reaches a value",
                        "make one of them a schema instead of another $ref"));
                return null;
            }
            current = next;
        }
        return current;
    }

    private static Node.Entry refOf(Node node) {
        return node instanceof Node.MapNode map ? map.entries().get("$ref") : null;
    }

    private Target lookup(Document from, Node.Entry entry) {
        if (!(entry.value() instanceof Node.Scalar scalar) || !(scalar.value() instanceof String text)) {
            return fail(from, entry, "$ref must be a string, found " + entry.value().kind(),
                    "write $ref: '#/components/schemas/Name' or a relative file");
        }
        Ref ref = Ref.parse(text);
        if (ref.problem() != null) {
            return fail(from, entry, ref.problem(), "refer to a file inside the spec folder with a relative path, folders separated by '/'");
        }
        Document target = from;
        if (!ref.file().isEmpty()) {
            Path file;
            String display;
            try { // Ref.parse refuses what no path can hold; this catches what only this system refuses
                file = from.file().resolveSibling(ref.file()).normalize();
                display = displayPath(from, ref.file());
            } catch (InvalidPathException e) {
                return fail(from, entry, "$ref '" + text + "' names a file this system cannot open: " + e.getReason(),
                        "use plain file names: letters, digits, '-', '_', '.' and '/' between folders");
            }
            if (!inside(file, roots)) {
                return fail(from, entry, "$ref '" + text + "' leaves the spec folder '" + root.getFileName() + "' and is not followed",
                        "move the referenced file into the spec folder");
            }
            if (!Files.isRegularFile(file)) {
                return fail(from, entry, "$ref '" + text + "' names a file that does not exist", "fix the path; it is relative to this file");
            }
            if (!inside(realPath(file), realRoots)) { // a symlink (the file or a folder on the way) out of the spec folder
                return fail(from, entry, "$ref '" + text + "' leads out of the spec folder '" + root.getFileName()
                        + "' through a symbolic link and is not followed", "copy the referenced file into the spec folder");
            }
            target = files.get(file, display);
            if (!target.readable()) {
                problems.add(target.problem());
                return fail(from, entry, "$ref '" + text + "' names a file that cannot be read", "fix the errors reported for that file");
            }
        }
        return walk(from, entry, ref, target);
    }

    private Target walk(Document from, Node.Entry entry, Ref ref, Document target) {
        Node node = target.root();
        List<String> pointer = ref.pointer();
        for (int i = 0; i < pointer.size(); i++) {
            String segment = pointer.get(i);
            Node next = null;
            if (node instanceof Node.MapNode map) {
                next = map.get(segment);
                if (next == null) {
                    String suggestion = Suggestions.didYouMean(segment, map.entries().keySet());
                    return fail(from, entry, "$ref '" + ref.text() + "' points nowhere: " + ref.pointerText(i) + " has no '" + segment + "'",
                            suggestion != null ? suggestion : "check the name; pointers are case-sensitive");
                }
            } else if (node instanceof Node.ListNode list && isIndex(segment) && Integer.parseInt(segment) < list.items().size()) {
                next = list.items().get(Integer.parseInt(segment));
            }
            if (next == null) {
                return fail(from, entry, "$ref '" + ref.text() + "' points nowhere: " + ref.pointerText(i) + " is " + node.kind(),
                        "point at a mapping key or a list index");
            }
            node = next;
        }
        return new Target(target, node, ref.name());
    }

    private Target fail(Document from, Node.Entry entry, String message, String hint) {
        problems.add(Diagnostic.error(Rules.SPEC_REF, from.displayPath(), entry.line(), entry.column(), message, hint));
        return null;
    }

    private static boolean isIndex(String segment) {
        return !segment.isEmpty() && segment.length() < 10 && segment.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** The referenced file as diagnostics show it: next to the referring file's display path. */
    private static String displayPath(Document from, String relative) {
        String base = from.displayPath();
        int slash = base.lastIndexOf('/');
        String joined = (slash < 0 ? "" : base.substring(0, slash + 1)) + relative;
        return Path.of(joined).normalize().toString().replace('\\', '/');
    }
}
