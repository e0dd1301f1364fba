package io.docstack.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import io.docstack.model.UserInfo;

/**
 * A git repository whose branches and tags are versions of the site, read with JGit straight from
 * the git objects: no checkout, no {@code git} binary.
 *
 * <p>Each ref matching {@code branches} or {@code tags} is one version. A start path of the ref
 * that holds an {@code antora.yml} is an Antora content root (its {@code antora.yml} names the
 * component and version, as Antora does); otherwise it is a docs folder of Docstack's layout,
 * whose project is {@code name} and whose version comes from the ref name (see
 * {@link #version(String, String)}), with specs in the {@code openapi} folder beside it.
 *
 * @param repository  a local repository (a path, relative to the build's base folder: a clone or a
 *                    bare repository) or a URL JGit can fetch ({@code https://}, {@code ssh://},
 *                    {@code file://}); URLs are fetched into {@code cacheDir}
 * @param branches    branch name patterns ({@code main}, {@code release/*}, {@code v*}; {@code *}
 *                    matches within one name segment, {@code **} across segments, a leading
 *                    {@code !} excludes); a local repository's branches, else {@code origin}'s
 * @param tags        tag name patterns, the same way
 * @param startPaths  the folders inside the repository that hold the docs (default {@code src/docs}):
 *                    one docs folder, or any number of Antora content roots (as a playbook's
 *                    {@code start_paths})
 * @param name        the project name for Docstack's layout (default: the repository's folder name
 *                    without {@code .git}); unused for Antora content
 * @param title       the project title for Docstack's layout, or null for the name
 * @param description one sentence for the landing page, or null
 * @param anchors     how heading ids are made (Docstack's layout), default {@link AnchorStyle#GITHUB}
 * @param cacheDir    where fetched repositories are kept as bare mirrors between builds
 * @param trusted     whether the content of its refs is trusted like the build's own folders;
 *                    false unless set, also for a repository given as a local path: a local path
 *                    is often a clone of someone else's repository (see the guide's security page)
 */
public record GitSource(String repository, List<String> branches, List<String> tags, List<String> startPaths,
                        String name, String title, String description, AnchorStyle anchors, Path cacheDir,
                        boolean trusted) {

    public GitSource {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(cacheDir, "cacheDir");
        branches = branches == null ? List.of() : branches.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        tags = tags == null ? List.of() : tags.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        startPaths = startPaths == null ? List.of() : startPaths.stream().filter(p -> p != null && !p.isBlank())
                .map(p -> strip(p.strip())).distinct().toList();
        startPaths = startPaths.isEmpty() ? List.of("src/docs") : startPaths;
        anchors = anchors == null ? AnchorStyle.GITHUB : anchors;
        if (branches.isEmpty() && tags.isEmpty()) {
            throw new IllegalArgumentException("git source " + UserInfo.strip(repository) + " needs <branches> or <tags>");
        }
    }

    /** An untrusted source. */
    public GitSource(String repository, List<String> branches, List<String> tags, List<String> startPaths,
                     String name, String title, String description, AnchorStyle anchors, Path cacheDir) {
        this(repository, branches, tags, startPaths, name, title, description, anchors, cacheDir, false);
    }

    /** This source with another {@link #trusted} setting. */
    public GitSource withTrusted(boolean value) {
        return new GitSource(repository, branches, tags, startPaths, name, title, description, anchors, cacheDir, value);
    }

    /** A source of one docs folder with GitHub-style heading ids. */
    public GitSource(String repository, List<String> branches, List<String> tags, String startPath, String name,
                     String title, String description, Path cacheDir) {
        this(repository, branches, tags, startPath == null ? null : List.of(startPath), name, title, description, null,
                cacheDir);
    }

    /** True when {@link #repository} is a URL to fetch rather than a local path. */
    public boolean remote() {
        return repository.matches("(?i)[a-z][a-z0-9+.-]*://.*") || repository.matches("[^/\\\\]+@[^:/]+:.*");
    }

    /** The project name for Docstack's layout: {@link #name}, else the repository's last path segment. */
    public String projectName() {
        if (name != null && !name.isBlank()) {
            return name.strip();
        }
        String[] segments = repository.replace('\\', '/').replaceAll("/+$", "").split("[/:]");
        String last = segments[segments.length - 1].replaceAll("\\.git$", "");
        return last.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
    }

    /**
     * The version a ref stands for in Docstack's layout: the part of its short name that the
     * pattern's first wildcard matched ({@code 2.1} for {@code release/2.1} and {@code release/*},
     * {@code 1.0.0} for {@code v1.0.0} and {@code v*}), or the whole name when the pattern has no
     * wildcard ({@code main}); {@code /} becomes {@code -}.
     */
    public static String version(String pattern, String refName) {
        int star = pattern.indexOf('*');
        String version = refName;
        if (star >= 0 && refName.startsWith(pattern.substring(0, star))) {
            String after = pattern.substring(star).replaceFirst("^\\*+", "");
            int literalEnd = after.indexOf('*') < 0 && after.indexOf('?') < 0 ? after.length() : -1;
            version = refName.substring(star);
            if (literalEnd > 0 && version.endsWith(after)) {
                version = version.substring(0, version.length() - after.length());
            }
        }
        return version.replace('/', '-');
    }

    private static String strip(String path) {
        String trimmed = path.replace('\\', '/').replaceAll("^/+|/+$", "");
        return trimmed.equals(".") ? "" : trimmed;
    }
}
