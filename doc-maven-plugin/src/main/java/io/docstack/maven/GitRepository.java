package io.docstack.maven;

import java.util.List;

/**
 * A git repository whose branches and tags are versions of the site,
 * {@code <gitSources><gitSource>…</gitSource></gitSources>}. Plain Maven parameter bean.
 */
public class GitRepository {
    /**
     * The repository: a path relative to the POM's folder (a clone or a bare repository), or a URL
     * ({@code https://…}, {@code file://…}) fetched into {@code target/docstack-git}. Required.
     */
    String repository;
    /** Branch name patterns, {@code <branches><branch>release/*</branch></branches>}; {@code !} excludes. */
    List<String> branches;
    /** Tag name patterns, {@code <tags><tag>v*</tag></tags>}. */
    List<String> tags;
    /** The docs folder inside the repository; an {@code antora.yml} there makes it Antora content. Default {@code src/docs}. */
    String startPath;
    /** Several folders inside the repository, each an Antora content root (a playbook's {@code start_paths}). */
    List<String> startPaths;
    /** How heading ids are made (Docstack's layout): {@code github} (default) or {@code mkdocs}. */
    String anchors;
    /** The project name (Docstack's layout). Default: the repository's folder name. */
    String name;
    /** The project title. Default: the name. */
    String title;
    /** One sentence for the landing page. */
    String description;
    /**
     * Whether the content of its refs is trusted like the POM's own folders. Default {@code false},
     * also for a local path: its raw HTML is sanitized and its AsciiDoc reads no file outside the
     * ref it comes from (see the guide's security page).
     */
    boolean trusted;
}
