package io.docstack.model;

import java.util.Locale;

/** How bad a {@link Diagnostic} is. Only {@link #ERROR} fails a build. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The lower-case word used in console lines and configuration: error, warning, info. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
