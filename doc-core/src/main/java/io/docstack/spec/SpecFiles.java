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

    private final Map<Path, Document> documents = new ConcurrentHashMap<>();

    /** The file's document, read now unless an earlier call read it. */
    Document get(Path file, String displayPath) {
        Path key = file.toAbsolutePath().normalize();
        Document known = documents.get(key);
        if (known != null) {
            return known;
        }
        NodeReader.Parsed parsed = NodeReader.read(key, displayPath);
        Document read = new Document(key, displayPath, parsed.root(), parsed.problem());
        Document raced = documents.putIfAbsent(key, read);
        return raced != null ? raced : read;
    }
}
