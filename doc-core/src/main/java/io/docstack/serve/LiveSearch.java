package io.docstack.serve;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import io.docstack.convert.ConvertedSite;
import io.docstack.model.PageRef;
import io.docstack.pipeline.Scope;
import io.docstack.pipeline.Validated;
import io.docstack.search.LiveIndex;
import io.docstack.search.Searcher;

/**
 * The preview's search: a Lucene index kept open, the pages waiting to be put into it, and the
 * searchers served. The reload does not wait for the index: a build says what changed
 * ({@link #changed}), and {@link #catchUp} indexes it after the pages are served. Not thread-safe:
 * the build's thread uses it; a searcher it hands out may be used by any request until the one
 * after it is handed out.
 */
final class LiveSearch implements AutoCloseable {

    private final LiveIndex index;
    /** The pages whose sections are to be replaced, and whether the API operations are. */
    private final Set<PageRef> pending = new HashSet<>();
    private boolean apisPending;
    /** The searcher served, and the one before it (requests may still be using it). */
    private Searcher searcher;
    private Searcher retired;

    private LiveSearch(LiveIndex index) {
        this.index = index;
    }

    /** An index of every page and operation of {@code site}, written in {@code folder}. */
    static LiveSearch create(Validated site, Path folder) {
        return new LiveSearch(LiveIndex.create(site.converted(), site.apis(), folder));
    }

    /** The searcher to serve now. */
    Searcher searcher() {
        if (searcher == null) {
            searcher = index.searcher();
        }
        return searcher;
    }

    /** Notes what a build changed from {@code before} to {@code next}, for the next {@link #catchUp}. */
    void changed(Validated before, Validated next) {
        if (next.scope() instanceof Scope.Partial partial) {
            pending.addAll(partial.changed());
        } else if (next.scope() instanceof Scope.Whole whole) {
            // The pages of both sites: those gone leave the index too.
            pending.addAll(refs(before.converted()));
            pending.addAll(refs(next.converted()));
            apisPending |= whole.specs();
        }
    }

    /** Whether {@link #catchUp} has something to do. */
    boolean behind() {
        return !pending.isEmpty() || apisPending;
    }

    /**
     * Puts what changed into the index as {@code site} has it and returns a searcher that sees it.
     * The searcher before the one replaced is closed now: requests that began with it have long finished.
     */
    Searcher catchUp(Validated site) {
        index.update(site.converted(), site.apis(), pending, apisPending);
        pending.clear();
        apisPending = false;
        if (retired != null) {
            retired.close();
        }
        retired = searcher;
        searcher = index.searcher();
        return searcher;
    }

    private static Set<PageRef> refs(ConvertedSite site) {
        Set<PageRef> refs = new HashSet<>();
        site.pages().forEach(page -> refs.add(page.ref()));
        return refs;
    }

    @Override
    public void close() {
        try {
            for (Searcher open : new Searcher[] {retired, searcher}) {
                if (open != null) {
                    open.close();
                }
            }
        } finally {
            index.close();
        }
    }
}
