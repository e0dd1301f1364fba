package io.docstack.check;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the repository holding the build starts, so that reports name files as code review
 * tools do: relative to the repository root.
 */
final class RepositoryRoot {

    private RepositoryRoot() {
    }

    /** Path of {@code baseDir} inside its git work tree with a trailing '/', or "" at the root or outside git. */
    static String prefixOf(Path baseDir) {
        Path base = baseDir.toAbsolutePath().normalize();
        for (Path dir = base; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                String relative = slashes(dir.relativize(base));
                return relative.isEmpty() ? "" : relative + "/";
            }
        }
        return "";
    }

    /** A relative path with '/' separators, as diagnostics and reports show paths. */
    static String slashes(Path relative) {
        return relative.toString().replace(File.separatorChar, '/');
    }
}
