package io.docstack.pipeline;

import java.nio.file.Path;
import java.util.Set;

import io.docstack.model.PageRef;
import io.docstack.model.ProjectVersion;

/**
 * How far a run's changes reach, as the stages after the link stage see it: over the whole site,
 * or over what one batch of edits touched. The render stage and the preview's search index read it
 * to redo only that. Immutable.
 */
public sealed interface Scope {

    /**
     * Every page may have changed: the site was built from nothing (the first run, or the run after
     * one that failed half-way), or a spec or the theme was edited, which every page may show.
     *
     * @param specs whether the specs were read anew (the API operations in the search index change)
     * @param theme whether the theme is new (its templates must be compiled again)
     */
    record Whole(boolean specs, boolean theme) implements Scope {
    }

    /**
     * What a batch of edits changed.
     *
     * @param edited     the files edited, absolute and normalized
     * @param changed    pages and assets added, removed, or converted anew with another result
     * @param relinked   pages whose links were resolved anew
     * @param navChanged project versions whose navigation tree is another now
     */
    record Partial(Set<Path> edited, Set<PageRef> changed, Set<PageRef> relinked, Set<ProjectVersion> navChanged)
            implements Scope {
        public Partial {
            edited = Set.copyOf(edited);
            changed = Set.copyOf(changed);
            relinked = Set.copyOf(relinked);
            navChanged = Set.copyOf(navChanged);
        }
    }
}
