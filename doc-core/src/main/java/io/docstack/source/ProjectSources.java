package io.docstack.source;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.docstack.config.ProjectConfig;
import io.docstack.model.SitePath;

/**
 * The files of one project version, sorted by path. Immutable.
 *
 * @param config the project's configuration
 * @param files  pages and assets (navigation file excluded), sorted by path
 * @param nav    the {@code nav.yml} file, or null when the project has none
 */
public record ProjectSources(ProjectConfig config, List<SourceFile> files, SourceFile nav) {

    public ProjectSources {
        Objects.requireNonNull(config, "config");
        files = List.copyOf(files);
    }

    /** The file at a path inside the docs folder. */
    public Optional<SourceFile> file(SitePath path) {
        return Optional.ofNullable(byPath().get(path));
    }

    /** Files keyed by path; computed on each call, callers that look up often should keep it. */
    public Map<SitePath, SourceFile> byPath() {
        return files.stream().collect(Collectors.toUnmodifiableMap(SourceFile::path, Function.identity()));
    }

    public List<SourceFile> pages() {
        return files.stream().filter(f -> f.kind().isPage()).toList();
    }

    public List<SourceFile> assets() {
        return files.stream().filter(f -> f.kind() == SourceFile.Kind.ASSET).toList();
    }
}
