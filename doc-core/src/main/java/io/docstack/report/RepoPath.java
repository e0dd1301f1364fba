package io.docstack.report;

import java.util.Objects;

/**
 * Turns a diagnostic's file (relative to the build's base folder) into a path relative to the
 * repository root, which is what code-review tools match against.
 */
final class RepoPath {

    private final String prefix;

    private RepoPath(String prefix) {
        this.prefix = prefix;
    }

    /**
     * @param repoPrefix path of the base folder inside the repository ("" when they are the same);
     *                   '\' and '/' both separate, a trailing '/' is optional
     * @throws IllegalArgumentException when the prefix climbs out of the repository
     */
    static RepoPath withPrefix(String repoPrefix) {
        Objects.requireNonNull(repoPrefix, "repoPrefix");
        String prefix = repoPrefix.replace('\\', '/');
        while (prefix.startsWith("./")) {
            prefix = prefix.substring(2);
        }
        while (prefix.startsWith("/")) {
            prefix = prefix.substring(1);
        }
        if (prefix.equals(".")) {
            prefix = "";
        }
        for (String segment : prefix.split("/")) {
            if (segment.equals("..")) {
                throw new IllegalArgumentException("repoPrefix leaves the repository: " + repoPrefix);
            }
        }
        if (!prefix.isEmpty() && !prefix.endsWith("/")) {
            prefix += "/";
        }
        return new RepoPath(prefix);
    }

    /** The repository-relative path of {@code file}; absolute paths are returned unchanged. */
    String path(String file) {
        return isAbsolute(file) ? file : prefix + file;
    }

    /** Absolute paths (a baseline given as /tmp/baseline.json) are outside the repository. */
    static boolean isAbsolute(String file) {
        return file.startsWith("/") || file.startsWith("\\") || file.matches("^[A-Za-z]:[\\\\/].*");
    }
}
