package io.docstack;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import io.docstack.config.SiteConfig;
import io.docstack.model.Diagnostic;
import io.docstack.model.SitePath;
import io.docstack.search.SearchDocuments;

/**
 * The build of the fuzz harnesses ({@code io.docstack.fuzz}) that writes nothing: every stage of
 * {@link Docstack#build} up to the rendered site (search documents included), kept in memory. A
 * full build spends most of its time writing and committing the Lucene index, which reads no input
 * the search documents have not already shown; this one lets a harness try many more inputs in its
 * time. Stateless; thread-safe.
 */
public final class FuzzBuild {

    private FuzzBuild() {
    }

    /**
     * What an in-memory build made.
     *
     * @param diagnostics the build's problems, with their configured severities, sorted
     * @param files       every file of the site by its path, with its bytes
     */
    public record Result(List<Diagnostic> diagnostics, Map<String, byte[]> files) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
            files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
        }
    }

    /** Validates, indexes (documents only) and renders the site of {@code config} into memory. */
    public static Result inMemory(SiteConfig config) {
        Docstack.Validated site = Docstack.validate(config, new StageClock(), true, null);
        SearchDocuments.of(site.converted(), site.apis());
        Map<String, byte[]> files = new ConcurrentHashMap<>();
        Docstack.renderInto(config, site, null, (SitePath path, byte[] content) -> files.put(path.value(), content));
        return new Result(Docstack.withSeverities(config, site.diagnostics()), files);
    }
}
