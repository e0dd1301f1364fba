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
 * @param specs  candidate OpenAPI files ({@code .yaml}, {@code .yml}, {@code .json}) found in the
 *               project's spec locations, sorted; the spec stage decides which are specs
 * @param antora the Antora component version these files make, or null for Docstack's layout
 * @param counts how many files of its folders were read and left out
 */
public record ProjectSources(ProjectConfig config, List<SourceFile> files, SourceFile nav, List<SpecSource> specs,
                             AntoraComponent antora, Counts counts) {

    public ProjectSources {
        Objects.requireNonNull(config, "config");
        files = List.copyOf(files);
        specs = List.copyOf(specs);
        counts = counts != null ? counts : new Counts(files.size() + (nav != null ? 1 : 0), 0);
    }

    /**
     * The files of a project's folders: those the source stage read (pages, assets, navigation,
     * an Antora component's partials, examples and descriptors) and those it left out
     * ({@link io.docstack.model.Rules#SOURCE_SKIPPED} says why).
     */
    public record Counts(int read, int skipped) {

        /** Both counts of {@code a} and {@code b} added. */
        public static Counts sum(Counts a, Counts b) {
            return new Counts(a.read + b.read, a.skipped + b.skipped);
        }
    }

    /** A project whose every file was read. */
    public ProjectSources(ProjectConfig config, List<SourceFile> files, SourceFile nav, List<SpecSource> specs,
                          AntoraComponent antora) {
        this(config, files, nav, specs, antora, null);
    }

    /** A project of Docstack's own layout (not an Antora component). */
    public ProjectSources(ProjectConfig config, List<SourceFile> files, SourceFile nav, List<SpecSource> specs) {
        this(config, files, nav, specs, null);
    }

    /** A project without specs. */
    public ProjectSources(ProjectConfig config, List<SourceFile> files, SourceFile nav) {
        this(config, files, nav, List.of());
    }

    /**
     * A file that may be an OpenAPI spec.
     *
     * @param file        the file
     * @param displayPath as shown in diagnostics
     * @param named       true when the configuration names the file itself (it must then be a spec),
     *                    false when it was found in a configured folder (it may be a fragment that
     *                    specs reference with {@code $ref})
     */
    public record SpecSource(java.nio.file.Path file, String displayPath, boolean named) {
    }

    /** Where the project's pages and assets are, absolute: its docs folder, or its Antora component's content roots. */
    public List<java.nio.file.Path> folders() {
        List<java.nio.file.Path> folders = antora != null ? antora.roots() : List.of(config.docs());
        return folders.stream().map(folder -> folder.toAbsolutePath().normalize()).toList();
    }

    /**
     * Every folder the project is read from, absolute: {@link #folders()} and, for Docstack's
     * layout, its spec locations. A change to the project is a change under one of them.
     */
    public List<java.nio.file.Path> allFolders() {
        List<java.nio.file.Path> all = new java.util.ArrayList<>(folders());
        if (antora == null) {
            config.specLocations().forEach(location -> all.add(location.toAbsolutePath().normalize()));
        }
        return all;
    }

    /**
     * Where the file published at {@code path} of this project is, or was (a page since removed),
     * absolute: one path per folder (an Antora component's in each of its content roots).
     */
    public List<java.nio.file.Path> filesAt(SitePath path) {
        return folders().stream().map(folder -> antora != null ? antora.fileIn(folder, path)
                : folder.resolve(path.value()).normalize()).toList();
    }

    /**
     * Whether {@code file} of this project is trusted: its project's setting, or for an Antora
     * component, its content root's ({@link AntoraComponent#trusted}).
     */
    public boolean trusted(SourceFile file) {
        return antora != null ? antora.trusted(file.file()) : config.trusted();
    }

    /**
     * Whether an edit to {@code file} (absolute, normalized) may change the project's navigation:
     * its {@code nav.yml}, or for an Antora component any file of its content roots, as its nav
     * files (in any root) may include partials of any root.
     */
    public boolean navigationMayRead(java.nio.file.Path file) {
        if (antora != null) {
            return folders().stream().anyMatch(file::startsWith);
        }
        return nav != null && file.equals(nav.file().toAbsolutePath().normalize());
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
