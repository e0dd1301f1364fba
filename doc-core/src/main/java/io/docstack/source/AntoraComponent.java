package io.docstack.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.docstack.model.ProjectVersion;
import io.docstack.model.SitePath;

/**
 * An Antora component version, as Docstack reads it from one or more content roots (a component
 * contributed by several roots is one component version). Its pages, images and attachments are
 * the project's files, at the paths Antora publishes them under: a page of module {@code M} at
 * {@code M/path.adoc} (the {@code ROOT} module's at {@code path.adoc}), an image at
 * {@code M/_images/path}, an attachment at {@code M/_attachments/path}. Partials and examples are
 * not published: they are resources that pages include by resource id ({@code partial$x.adoc}).
 * Immutable.
 *
 * @param name       the component name ({@code name} in {@code antora.yml})
 * @param version    the version ({@code version}; {@code ~} or none is {@link #UNVERSIONED})
 * @param title      the title, or null
 * @param startPage  the {@code start_page} resource id, or null
 * @param roots      the content roots, in configuration order
 * @param navFiles   the navigation files the roots' {@code nav} lists name, in that order
 * @param modules    the module names
 * @param resources  partials and examples by {@code module:family$path} ({@code ROOT:partial$a.adoc})
 * @param attributes the AsciiDoc attributes its pages get before their intrinsic ones: Antora's environment
 *                   and site ones, the configuration's, the roots' {@code asciidoc.attributes}, in
 *                   {@link io.docstack.config.AsciidocAttributes}' form
 * @param untrustedRoots the roots (of {@code roots}) whose content is not trusted: from git
 *                   sources and bundles not marked trusted
 * @param aliases    the pages' {@code page-aliases}: where each alias would be ({@code old/name.adoc})
 *                   and the page it stands for, both as paths of this component version
 * @param displayVersion the version as shown to readers: {@code display_version}, else the version
 *                   with a {@code prerelease} text appended as Antora does ({@code 2.0-beta}), else the version
 * @param prerelease whether {@code prerelease} is set (true or a text): such a version is the
 *                   latest only when all of the component's versions are prereleases
 */
public record AntoraComponent(String name, String version, String title, String startPage, List<Path> roots,
                              List<SourceFile> navFiles, Set<String> modules, Map<String, Path> resources,
                              Map<String, String> attributes, Set<Path> untrustedRoots, Map<SitePath, SitePath> aliases,
                              String displayVersion, boolean prerelease) {

    /** The module whose pages are at the top of the component version's folder. */
    public static final String ROOT = "ROOT";
    /** The version of a component whose {@code antora.yml} gives none (or {@code ~}). */
    public static final String UNVERSIONED = ProjectVersion.UNVERSIONED;

    public AntoraComponent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        roots = List.copyOf(roots);
        navFiles = List.copyOf(navFiles);
        modules = Set.copyOf(modules);
        resources = Map.copyOf(resources);
        attributes = Map.copyOf(attributes);
        untrustedRoots = untrustedRoots == null ? Set.of() : Set.copyOf(untrustedRoots);
        aliases = aliases == null ? Map.of() : Map.copyOf(aliases);
        displayVersion = displayVersion == null || displayVersion.isBlank() ? version : displayVersion;
    }

    /** A component of trusted roots only. */
    public AntoraComponent(String name, String version, String title, String startPage, List<Path> roots,
                           List<SourceFile> navFiles, Set<String> modules, Map<String, Path> resources,
                           Map<String, String> attributes) {
        this(name, version, title, startPage, roots, navFiles, modules, resources, attributes, Set.of(), Map.of(), null, false);
    }

    /** Whether a file of the component is trusted: it is not in one of {@link #untrustedRoots}. */
    public boolean trusted(Path file) {
        Path root = rootOf(file);
        return root == null ? untrustedRoots.isEmpty() : !untrustedRoots.contains(root);
    }

    /** Where a file of {@code family} ({@code pages}, {@code images}, {@code attachments}) of {@code module} is published. */
    public static String sitePath(String module, String family, String path) {
        String folder = switch (family) {
            case "images" -> "_images/";
            case "attachments" -> "_attachments/";
            default -> "";
        };
        return (ROOT.equals(module) ? "" : module + "/") + folder + path;
    }

    /** The module a page at {@code path} belongs to: its first folder when that is a module, else ROOT. */
    public String module(SitePath path) {
        List<String> segments = path.segments();
        return segments.size() > 1 && !ROOT.equals(segments.get(0)) && modules.contains(segments.get(0))
                ? segments.get(0) : ROOT;
    }

    /** The page's path inside its module's {@code pages} folder. */
    public String pathInModule(SitePath path) {
        String module = module(path);
        return ROOT.equals(module) ? path.value() : path.value().substring(module.length() + 1);
    }

    /**
     * Where in {@code root} the file published at {@code path} is, or was (a removed page's): the
     * inverse of {@link #sitePath}, so {@code _images/a.png} of ROOT is {@code modules/ROOT/images/a.png}.
     */
    public Path fileIn(Path root, SitePath path) {
        String module = module(path);
        String inModule = pathInModule(path);
        String family = "pages";
        for (String published : List.of("images", "attachments")) {
            if (inModule.startsWith("_" + published + "/")) {
                family = published;
                inModule = inModule.substring(published.length() + 2);
            }
        }
        return root.resolve("modules").resolve(module).resolve(family).resolve(inModule).normalize();
    }

    /** Where the start page is: {@code start_page} ({@code module:page.adoc}), else ROOT's {@code index.adoc}. */
    public SitePath startPagePath() {
        if (startPage == null || startPage.isBlank()) {
            return SitePath.of("index.adoc");
        }
        String id = startPage.substring(startPage.indexOf('@') + 1);
        String[] parts = id.split(":", -1);
        String page = parts[parts.length - 1];
        String module = parts.length > 1 ? parts[parts.length - 2] : ROOT;
        return SitePath.parse(sitePath(module.isEmpty() ? ROOT : module, "pages", page)).orElse(SitePath.of("index.adoc"));
    }

    /** The content root a file is in, or null. */
    public Path rootOf(Path file) {
        return roots.stream().filter(file::startsWith).findFirst().orElse(null);
    }

    /** A partial or example: {@code family} is {@code partial} or {@code example}. */
    public Optional<Path> resource(String module, String family, String path) {
        return Optional.ofNullable(resources.get(module + ":" + family + "$" + path));
    }
}
