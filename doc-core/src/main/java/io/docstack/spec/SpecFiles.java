package io.docstack.spec;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.docstack.model.Diagnostic;

/**
 * The spec files of one load, each read at most once however many specs and {@code $ref}s name
 * it. Thread-safe: candidate files are read in parallel, referenced files on first use.
 */
final class SpecFiles {

    /** A file of the load: its tree, or the problem that kept it from being read. */
    record Document(Path file, String displayPath, Node root, Diagnostic problem) {
        boolean readable() {
            return root != null;
        }
    }

    private final Map<Path, Once> documents = new ConcurrentHashMap<>();
    private final int maxAliases;

    /** @param maxAliases most YAML aliases one file may use ({@code Limits.maxYamlAliases}) */
    SpecFiles(int maxAliases) {
        this.maxAliases = maxAliases;
    }

    /**
     * The file's document, read now unless an earlier call read it. Two threads asking for the
     * same file at once get one parse: the second waits for the first.
     */
    Document get(Path file, String displayPath) {
        Path key = file.toAbsolutePath().normalize();
        return documents.computeIfAbsent(key, k -> new Once(k, displayPath, maxAliases)).document();
    }

    /**
     * One file's read, done by the first caller. Parsing outside {@code computeIfAbsent} keeps a
     * large file from blocking the map's other keys while it is read.
     */
    private static final class Once {
        private final Path file;
        private final String displayPath;
        private final int maxAliases;
        private Document document;

        Once(Path file, String displayPath, int maxAliases) {
            this.file = file;
            this.displayPath = displayPath;
            this.maxAliases = maxAliases;
        }

        synchronized Document document() {
            if (document == null) {
                NodeReader.Parsed parsed = NodeReader.read(file, displayPath, maxAliases);
                document = new Document(file, displayPath, parsed.root(), parsed.problem());
            }
            return document;
        }
    }
}
