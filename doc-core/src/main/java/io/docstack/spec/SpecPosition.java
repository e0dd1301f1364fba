package io.docstack.spec;

import java.util.Objects;

/**
 * A place in a spec file, for diagnostics.
 *
 * @param displayPath the file as shown in diagnostics
 * @param line        1-based line
 * @param column      1-based column
 */
public record SpecPosition(String displayPath, int line, int column) {
    public SpecPosition {
        Objects.requireNonNull(displayPath, "displayPath");
    }
}
