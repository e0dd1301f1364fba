package io.docstack;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import io.docstack.config.SiteConfig;
import io.docstack.convert.Converter;
import io.docstack.model.Diagnostic;
import io.docstack.model.SitePath;
import io.docstack.model.StageClock;
import io.docstack.pipeline.Pipeline;
import io.docstack.pipeline.Rendering;
import io.docstack.pipeline.Validated;
import io.docstack.search.SearchDocuments;

/**
 * The build of the fuzz harnesses ({@code io.docstack.fuzz}) that writes nothing: every stage of
 * {@link Docstack#build} up to the rendered site (search documents included), kept in memory, with
 * one converter kept open across builds, as the preview keeps it. A full build boots JRuby for its
 * AsciiDoc (seconds) and writes and commits a Lucene index, neither of which reads the input;
 * this one lets a harness try many more inputs in its time. Thread-safe; builds are serialized.
 */
public final class FuzzBuild {

    /** The open converter and the settings it was opened with; guarded by the class. */
    private static Converter converter;
    private static String converterSettings;

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
    public static synchronized Result inMemory(SiteConfig config) {
        Validated site;
        try (Pipeline pipeline = Pipeline.with(config, converter(config), true)) {
            site = pipeline.full(new StageClock());
        }
        SearchDocuments.of(site.converted(), site.apis());
        Map<String, byte[]> files = new ConcurrentHashMap<>();
        Rendering.whole(config, site, Rendering.renderer(config, site), (SitePath path, byte[] content) -> files.put(path.value(), content));
        return new Result(config.withSeverities(site.diagnostics()), files);
    }

    private static Converter converter(SiteConfig config) {
        String settings = config.limits() + "/" + config.threads();
        if (!settings.equals(converterSettings)) {
            if (converter != null) {
                converter.close();
            }
            converter = Converter.open(config.limits(), config.threads(), true);
            converterSettings = settings;
        }
        return converter;
    }
}
