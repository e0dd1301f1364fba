package io.docstack.spec;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.docstack.model.Diagnostic;

/**
 * The diagnostics of one project version's specs. A broken {@code $ref} inside a parameter shared
 * by twenty operations is one problem, so equal diagnostics are kept once. Not thread-safe.
 */
final class Problems {
    private final Set<Diagnostic> found = new LinkedHashSet<>();

    void add(Diagnostic diagnostic) {
        if (diagnostic != null) {
            found.add(diagnostic);
        }
    }

    List<Diagnostic> list() {
        return List.copyOf(found);
    }
}
