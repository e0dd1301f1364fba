package io.docstack.source;

import java.util.List;

import io.docstack.config.PathGlob;
import io.docstack.config.ProjectConfig;
import io.docstack.model.SitePath;

/**
 * Which files of a docs folder a project reads: those one of its {@code includes} match (by
 * default every file without a name starting with {@code _} or {@code .}), less those one of its
 * {@code excludes} match ({@link PathGlob}). The navigation file is read unless excluded. Immutable.
 */
record DocsFilter(List<PathGlob> includes, List<PathGlob> excludes) {

    DocsFilter {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
    }

    static DocsFilter of(ProjectConfig project) {
        return new DocsFilter(project.includes().stream().map(PathGlob::of).toList(),
                project.excludes().stream().map(PathGlob::of).toList());
    }

    /** Why the file at {@code path} is left out, or null when it is read. */
    SkippedFiles.Reason reason(SitePath path) {
        String value = path.value();
        if (PathGlob.any(excludes, value)) {
            return SkippedFiles.Reason.EXCLUDED;
        }
        if (SourceFile.Kind.of(path) == SourceFile.Kind.NAVIGATION || PathGlob.any(includes, value)) {
            return null;
        }
        int conventional = conventional(path);
        if (conventional < 0) {
            return SkippedFiles.Reason.NOT_INCLUDED;
        }
        return path.segments().get(conventional).startsWith("_") ? SkippedFiles.Reason.UNDERSCORE : SkippedFiles.Reason.HIDDEN;
    }

    /**
     * What a {@link SkippedFiles} line names for a file left out: the first folder or file with a
     * name starting with {@code _} or {@code .} ({@code _snippets/}), else the file's top folder.
     */
    static String place(SitePath path) {
        int conventional = conventional(path);
        return prefix(path, conventional >= 0 ? conventional : 0);
    }

    /** The path's first {@code through + 1} names, with a '/' when that is a folder. */
    static String prefix(SitePath path, int through) {
        List<String> segments = path.segments();
        String shown = String.join("/", segments.subList(0, through + 1));
        return through < segments.size() - 1 ? shown + "/" : shown;
    }

    /** The index of the path's first name starting with {@code _} or {@code .}, or -1. */
    private static int conventional(SitePath path) {
        List<String> segments = path.segments();
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).startsWith("_") || segments.get(i).startsWith(".")) {
                return i;
            }
        }
        return -1;
    }
}
