package io.docstack.search;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.docstack.convert.ConvertedSite;
import io.docstack.model.StageClock;
import io.docstack.spec.ApiSite;

/**
 * The search stage of a build, in one call: the site's {@link SearchDocuments}, the Lucene index
 * written from them ({@link SearchIndex}), and its static export for browsers ({@link StaticIndex}).
 * Stateless; thread-safe (two builds into the same work folder at once are the caller's mistake).
 */
public final class SiteSearch {

    /** The Lucene index, in {@code <work>/index}. */
    static final String INDEX = "index";
    /** The static export, in {@code <work>/static}. */
    static final String EXPORT = "static";

    private SiteSearch() {
    }

    /**
     * What a build of the search stage wrote.
     *
     * @param index     the Lucene index (to publish beside the site)
     * @param export    the static export (to publish in the site)
     * @param documents number of documents indexed
     * @param exported  what the export wrote
     * @param stages    wall time of each step, in order: {@code search documents}, {@code search
     *                  index}, {@code search export}
     */
    public record Built(Path index, Path export, int documents, StaticIndex.Written exported,
                        Map<String, Duration> stages) {
        public Built {
            Objects.requireNonNull(index, "index");
            Objects.requireNonNull(export, "export");
            Objects.requireNonNull(exported, "exported");
            stages = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stages));
        }
    }

    /**
     * In: the converted site (with HTML) and its specs; {@code work}, an existing folder the caller
     * owns and deletes. Out: the index and its export, written under {@code work}. The same site
     * gives the same documents in the same order, so the same export. Pages are parsed on every
     * core; the index is written and exported on the calling thread.
     *
     * @throws java.io.UncheckedIOException when {@code work} cannot be written
     */
    public static Built build(ConvertedSite site, ApiSite apis, Path work) {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(apis, "apis");
        Objects.requireNonNull(work, "work");
        StageClock clock = new StageClock();
        Path index = work.resolve(INDEX);
        Path export = work.resolve(EXPORT);
        // The documents are garbage once the index holds them: the export reads the index only.
        int documents = writeIndex(site, apis, index, clock);
        StaticIndex.Written exported = clock.time("search export", () -> StaticIndex.write(index, export));
        return new Built(index, export, documents, exported, clock.stages());
    }

    private static int writeIndex(ConvertedSite site, ApiSite apis, Path index, StageClock clock) {
        List<SearchDocument> documents = clock.time("search documents", () -> SearchDocuments.of(site, apis));
        clock.time("search index", () -> {
            SearchIndex.write(documents, index);
            return null;
        });
        return documents.size();
    }
}
