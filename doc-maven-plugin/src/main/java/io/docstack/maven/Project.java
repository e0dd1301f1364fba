package io.docstack.maven;

import java.io.File;

/**
 * A documented project listed in the POM, {@code <projects><project>…</project></projects>}.
 * Plain Maven parameter bean: Maven fills the fields by name.
 */
public class Project {
    /** Short id used in URLs and in {@code xref:name:…} references (lower case). Required. */
    String name;
    /** Title shown on the landing page and in the project switcher. Default: the name. */
    String title;
    /** One sentence for the landing page. Optional. */
    String description;
    /** Folder with the pages, relative to the POM's folder. Required. */
    File docs;
    /** Version label used in URLs. Default: the version of the POM. */
    String version;
    /** URL prefix to which a page's path is appended to edit it. Default: derived from repositoryUrl. */
    String editUrl;
    /** How heading ids are made: {@code github} (default) or {@code mkdocs} for content written for MkDocs. */
    String anchors;
    /**
     * OpenAPI spec files, or folders holding them, relative to the POM's folder:
     * {@code <specs><spec>openapi/compute.yaml</spec></specs>}. Default: the folder {@code openapi}
     * beside the docs folder, when it exists.
     */
    java.util.List<File> specs;
    /**
     * Whether the project's content is trusted: its raw HTML and AsciiDoc passthroughs are kept as
     * written. Default {@code true}, the POM's own folders; set {@code false} for a folder that holds
     * content from elsewhere, to have it sanitized (see the guide's security page).
     */
    Boolean trusted;
    /**
     * Patterns of the files of {@code docs} to read, relative to it: {@code **} any folders,
     * {@code *} any part of a name, a trailing {@code /} a whole folder. Default {@code **}: every
     * file except names starting with {@code _} or {@code .}, which a wildcard never matches; a
     * pattern that spells the {@code _} takes such a folder in:
     * {@code <includes><include>**</include><include>_collections/**</include></includes>}.
     */
    java.util.List<String> includes;
    /** Patterns of files left out even when an include matches them: {@code <excludes><exclude>drafts/</exclude></excludes>}. */
    java.util.List<String> excludes;
}
