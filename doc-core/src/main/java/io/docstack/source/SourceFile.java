package io.docstack.source;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

import io.docstack.model.ProjectVersion;
import io.docstack.model.SitePath;

/**
 * One file of a project's docs folder.
 *
 * @param project     the project version it belongs to
 * @param path        its path inside the docs folder
 * @param file        where it is on disk
 * @param kind        what the pipeline does with it
 * @param displayPath its path as shown in diagnostics (relative to the build's base folder)
 */
public record SourceFile(ProjectVersion project, SitePath path, Path file, Kind kind, String displayPath) {

    /** What a source file is, decided by its name. */
    public enum Kind {
        MARKDOWN, ASCIIDOC, NAVIGATION, ASSET;

        /** The kind of a file at {@code path} inside a docs folder. */
        public static Kind of(SitePath path) {
            if (path.value().equals("nav.yml") || path.value().equals("nav.yaml")) {
                return NAVIGATION;
            }
            return switch (path.extension().toLowerCase(Locale.ROOT)) {
                case "md", "markdown" -> MARKDOWN;
                case "adoc", "asciidoc" -> ASCIIDOC;
                default -> ASSET;
            };
        }

        public boolean isPage() {
            return this == MARKDOWN || this == ASCIIDOC;
        }
    }

    public SourceFile {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(displayPath, "displayPath");
    }

    /** Where this file ends up in the whole site: {@code project/version/output}. */
    public SitePath sitePath() {
        return output().under(project.sitePrefix());
    }

    /** Where this file ends up inside its project version's site folder. */
    public SitePath output() {
        return kind.isPage() ? path.withExtension("html") : path;
    }
}
