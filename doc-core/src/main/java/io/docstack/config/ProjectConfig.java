package io.docstack.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import io.docstack.model.ProjectVersion;

/**
 * One documented project (a service such as compute or network) in one version.
 *
 * @param name        short id used in URLs and {@code xref:name:…} references: lower case letters,
 *                    digits, '-', '_' and '.'
 * @param title       human title shown in the switcher and on the landing page
 * @param description one sentence for the landing page, or null
 * @param version     version label, used in URLs ({@code name/version/…}); letters, digits, '.', '-', '_'
 * @param docs        folder holding the pages, assets and optional {@code nav.yml}
 * @param editUrl     URL prefix to which a page's path inside {@code docs} is appended to edit it,
 *                    or null for no "edit this page" link
 * @param anchors     how heading ids are made from heading text: {@link AnchorStyle#GITHUB} (default)
 *                    or {@link AnchorStyle#MKDOCS} for content written for MkDocs
 * @param specs       OpenAPI spec files, or folders searched for them ({@code .yaml}, {@code .yml},
 *                    {@code .json}); null means the convention: the folder {@code openapi} next to
 *                    {@code docs} ({@code src/openapi} beside {@code src/docs}) when it exists
 * @param trusted     whether the project's content is the build's own: raw HTML and AsciiDoc
 *                    passthroughs of an untrusted project are sanitized and its AsciiDoc reads no
 *                    file outside its docs folder (see the guide's security page). Folders and
 *                    reactor modules are trusted unless configured otherwise; git sources and
 *                    bundles give their own setting
 * @param includes    {@link PathGlob} patterns of the files of {@code docs} that are read; null or
 *                    empty means {@link PathGlob#EVERYTHING}, which leaves out names starting with
 *                    {@code _} or {@code .}: a pattern that spells the {@code _} ({@code _collections/**})
 *                    takes such a folder in
 * @param excludes    patterns of files left out even when an include matches them; null or empty for none
 */
public record ProjectConfig(String name, String title, String description, String version, Path docs,
                            String editUrl, AnchorStyle anchors, List<Path> specs, boolean trusted,
                            List<String> includes, List<String> excludes) {

    /** What a project (or Antora component) name may be; ROOT aside. */
    public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");
    /** What a version may be. */
    public static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    public ProjectConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(docs, "docs");
        // Both are folder names in the site (and in every URL of it): 100 characters keeps them far
        // from a file system's 255-byte name limit. ROOT is the one upper-case name: Antora's
        // component published at the site root.
        if (!NAME.matcher(name).matches() && !name.equals(ProjectVersion.ROOT)) {
            throw new IllegalArgumentException("project name '" + name
                    + "' must be at most 100 lower case letters, digits, '.', '-' or '_'");
        }
        if (!VERSION.matcher(version).matches() && !version.equals(ProjectVersion.UNVERSIONED)) {
            throw new IllegalArgumentException("version '" + version + "' of project '" + name
                    + "' must be at most 100 letters, digits, '.', '-' or '_'");
        }
        title = title == null || title.isBlank() ? name : title;
        anchors = anchors == null ? AnchorStyle.GITHUB : anchors;
        specs = specs == null ? null : List.copyOf(specs);
        includes = includes == null || includes.isEmpty() ? PathGlob.EVERYTHING : List.copyOf(includes);
        excludes = excludes == null ? List.of() : List.copyOf(excludes);
        includes.forEach(PathGlob::of); // a pattern that can match nothing is a configuration mistake, said now
        excludes.forEach(PathGlob::of);
    }

    /** A project that reads its docs folder by the convention ({@link PathGlob#EVERYTHING}, no excludes). */
    public ProjectConfig(String name, String title, String description, String version, Path docs,
                         String editUrl, AnchorStyle anchors, List<Path> specs, boolean trusted) {
        this(name, title, description, version, docs, editUrl, anchors, specs, trusted, null, null);
    }

    /** This project reading only the files {@code includes} match, less those {@code excludes} match. */
    public ProjectConfig withFiles(List<String> includes, List<String> excludes) {
        return new ProjectConfig(name, title, description, version, docs, editUrl, anchors, specs, trusted, includes, excludes);
    }

    /** A trusted project (a folder of the build's own). */
    public ProjectConfig(String name, String title, String description, String version, Path docs, String editUrl,
                         AnchorStyle anchors, List<Path> specs) {
        this(name, title, description, version, docs, editUrl, anchors, specs, true);
    }

    /** This project with another {@link #trusted} setting. */
    public ProjectConfig withTrusted(boolean value) {
        return new ProjectConfig(name, title, description, version, docs, editUrl, anchors, specs, value, includes, excludes);
    }

    /** This project with another {@link #editUrl} (null for none). */
    public ProjectConfig withEditUrl(String value) {
        return new ProjectConfig(name, title, description, version, docs, value, anchors, specs, trusted, includes, excludes);
    }

    /** A project whose specs follow the convention. */
    public ProjectConfig(String name, String title, String description, String version, Path docs, String editUrl,
                         AnchorStyle anchors) {
        this(name, title, description, version, docs, editUrl, anchors, null);
    }

    /** The spec files and folders to read: {@link #specs} when set, else the conventional folder. */
    public List<Path> specLocations() {
        if (specs != null) {
            return specs;
        }
        Path parent = docs.toAbsolutePath().normalize().getParent();
        Path conventional = parent == null ? null : parent.resolve("openapi");
        return conventional != null && java.nio.file.Files.isDirectory(conventional) ? List.of(conventional) : List.of();
    }

    /** A project with GitHub-style heading ids. */
    public ProjectConfig(String name, String title, String description, String version, Path docs, String editUrl) {
        this(name, title, description, version, docs, editUrl, AnchorStyle.GITHUB, null);
    }

    /** The project and version this configuration describes. */
    public io.docstack.model.ProjectVersion id() {
        return new io.docstack.model.ProjectVersion(name, version);
    }
}
