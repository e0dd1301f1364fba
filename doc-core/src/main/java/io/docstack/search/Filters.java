package io.docstack.search;

import java.util.Set;

/**
 * Narrows a search to some projects, versions and kinds. An empty set does not narrow.
 * Immutable and thread-safe.
 */
public record Filters(Set<String> projects, Set<String> versions, Set<SearchDocument.Kind> kinds) {

    /** Everything. */
    public static final Filters NONE = new Filters(Set.of(), Set.of(), Set.of());

    public Filters {
        projects = Set.copyOf(projects);
        versions = Set.copyOf(versions);
        kinds = Set.copyOf(kinds);
    }
}
