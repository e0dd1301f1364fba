package io.docstack.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.yaml.snakeyaml.error.YAMLException;

import io.docstack.config.AnchorStyle;
import io.docstack.config.AsciidocAttributes;
import io.docstack.config.ProjectConfig;
import io.docstack.config.SafeYaml;
import io.docstack.config.SiteConfig;
import io.docstack.model.Diagnostic;
import io.docstack.model.ProjectVersion;
import io.docstack.model.Rules;
import io.docstack.model.SitePath;
import io.docstack.model.Utf8Text;

/**
 * Reads Antora content roots as they are: each root's {@code antora.yml} (name, version, title,
 * {@code start_page}, {@code nav}, {@code asciidoc.attributes}) and its
 * {@code modules/<module>/{pages,partials,examples,images,attachments}} folders (and the legacy
 * {@code assets/images} and {@code assets/attachments}). Roots that name
 * the same component version make one project (a distributed component). Like Antora, files and
 * folders whose name starts with {@code .} are left out, and so are pages starting with {@code _};
 * what Antora does not read is counted and told ({@link AntoraFiles}).
 * A root that cannot be read, an {@code antora.yml} without a name, and two roots giving one
 * component version different titles are errors naming the root; the other roots still count.
 * Stateless and thread-safe.
 */
final class AntoraSources {

    private static final String DESCRIPTOR = "antora.yml";
    /**
     * The family folders of a module. Antora 3 still reads the legacy {@code assets/images} and
     * {@code assets/attachments} (of Antora 1) as the images and attachments families; a file in
     * both the new and the legacy folder is an {@code output.conflict}.
     */
    private static final List<String> FAMILY_FOLDERS = List.of("pages", "images", "attachments", "partials", "examples",
            "assets/images", "assets/attachments");

    private AntoraSources() {
    }

    /** One root's descriptor and files. */
    private record Root(Path folder, String display, String name, String version, String title, String startPage,
                        List<String> nav, Map<String, String> attributes, boolean trusted, String displayVersion,
                        Object prerelease) {
    }

    /**
     * The component versions of Antora content roots (the configured ones, then those of git refs
     * and bundles), in the order they first appear; the roots in {@code untrusted} hold content
     * that is not trusted.
     */
    static List<ProjectSources> read(SiteConfig config, List<Path> contentRoots, Set<Path> untrusted,
                                     List<Diagnostic> diagnostics) {
        Map<ProjectVersion, List<Root>> components = new LinkedHashMap<>();
        for (Path folder : contentRoots) {
            descriptor(config, folder, !untrusted.contains(folder), diagnostics).ifPresent(root ->
                    components.computeIfAbsent(new ProjectVersion(root.name(), root.version()), k -> new ArrayList<>()).add(root));
        }
        List<ProjectSources> projects = new ArrayList<>();
        components.forEach((id, roots) -> projects.add(component(config, id, roots, diagnostics)));
        return projects;
    }

    private static Optional<Root> descriptor(SiteConfig config, Path folder, boolean trusted, List<Diagnostic> diagnostics) {
        Path root = folder.toAbsolutePath().normalize();
        Path file = root.resolve(DESCRIPTOR);
        String display = Sources.display(config.baseDir(), file);
        if (!Files.isRegularFile(file)) {
            diagnostics.add(Diagnostic.error(Rules.CONFIG_PROJECT, Sources.display(config.baseDir(), root), 0, 0,
                    "Antora content root has no " + DESCRIPTOR, "point <antoraSources> at a folder that holds an antora.yml"));
            return Optional.empty();
        }
        Map<?, ?> yaml;
        try {
            Utf8Text text = Utf8Text.decode(Files.readAllBytes(file));
            if (!text.valid()) {
                diagnostics.add(Diagnostic.error(Rules.CONFIG_PROJECT, display, text.line(), text.column(),
                        text.problem(DESCRIPTOR), Utf8Text.HINT));
                return Optional.empty();
            }
            Object loaded = SafeYaml.loader(config.limits()).load(text.text());
            yaml = loaded instanceof Map<?, ?> map ? map : Map.of();
        } catch (IOException | YAMLException e) {
            diagnostics.add(Diagnostic.error(Rules.CONFIG_PROJECT, display, 1, 1,
                    "antora.yml cannot be read: " + e.getMessage().lines().findFirst().orElse(""), "fix its YAML syntax"));
            return Optional.empty();
        }
        String name = text(yaml.get("name"));
        if (name == null || !ProjectConfig.NAME.matcher(name).matches() && !name.equals(ProjectVersion.ROOT)) {
            diagnostics.add(Diagnostic.error(Rules.CONFIG_PROJECT, display, 1, 1,
                    name == null ? "antora.yml has no name" : "component name '" + name + "' is not at most 100 lower case letters, digits, '.', '-' or '_'",
                    "give the component a name: name: my-component"));
            return Optional.empty();
        }
        String version = text(yaml.get("version"));
        if (version == null || version.equals("~")) {
            version = AntoraComponent.UNVERSIONED;
        } else if (!ProjectConfig.VERSION.matcher(version).matches()) {
            diagnostics.add(Diagnostic.error(Rules.CONFIG_PROJECT, display, 1, 1,
                    "version '" + version + "' of component '" + name + "' is not at most 100 letters, digits, '.', '-' or '_'",
                    "write a version such as 2.1 or latest"));
            return Optional.empty();
        }
        List<String> nav = yaml.get("nav") instanceof List<?> list ? list.stream().map(AntoraSources::text).filter(t -> t != null).toList()
                : List.of();
        return Optional.of(new Root(root, display, name, version, blankToNull(text(yaml.get("title"))),
                text(yaml.get("start_page")), nav, attributes(yaml.get("asciidoc")), trusted,
                blankToNull(text(yaml.get("display_version"))), yaml.get("prerelease")));
    }

    private static ProjectSources component(SiteConfig config, ProjectVersion id, List<Root> roots, List<Diagnostic> diagnostics) {
        String title = null;
        Root titled = null;
        String startPage = null;
        String displayVersion = null;
        Object prerelease = null;
        // Antora's own, the configuration's (a playbook's) over them, then the component's own as far as those allow.
        Map<String, String> attributes = siteAttributes(config);
        Map<String, String> scoped = new LinkedHashMap<>();
        Map<SitePath, SourceFile> files = new java.util.TreeMap<>();
        List<SourceFile> navFiles = new ArrayList<>();
        Set<String> modules = new LinkedHashSet<>();
        Map<String, Path> resources = new HashMap<>();
        ProjectSources.Counts counts = new ProjectSources.Counts(0, 0);
        // A nav file may live in another root of the component version: read there, not skipped.
        List<String> componentNav = roots.stream().flatMap(r -> r.nav().stream()).distinct().toList();
        for (Root root : roots) {
            if (root.title() != null && title != null && !title.equals(root.title())) {
                diagnostics.add(Diagnostic.error(Rules.CONFIG_PROJECT, root.display(), 1, 1, "component '" + id.name()
                        + "' version '" + id.version() + "' is titled '" + root.title() + "' here and '" + title + "' in "
                        + titled.display(), "give the title in one of its antora.yml files only, or the same in all"));
            } else if (root.title() != null && title == null) {
                title = root.title();
                titled = root;
            }
            startPage = startPage == null ? root.startPage() : startPage;
            displayVersion = displayVersion == null ? root.displayVersion() : displayVersion;
            prerelease = prerelease == null ? root.prerelease() : prerelease;
            // A later root of a distributed component reassigns what an earlier one set.
            root.attributes().forEach((key, value) -> {
                scoped.remove(AsciidocAttributes.name(key));
                scoped.remove(AsciidocAttributes.name(key) + "!");
                scoped.put(key, value);
            });
            for (String nav : root.nav()) {
                Path file = navFile(root, roots, nav);
                SitePath.parse(nav).ifPresent(path -> navFiles.add(new SourceFile(id, path, file, SourceFile.Kind.NAVIGATION,
                        Sources.display(config.baseDir(), file))));
            }
            readModules(config, id, root, files, modules, resources, diagnostics);
            SkippedFiles skipped = new SkippedFiles();
            counts = ProjectSources.Counts.sum(counts, new ProjectSources.Counts(AntoraFiles.tally(root.folder(), componentNav, skipped),
                    skipped.count()));
            skipped.report(Sources.display(config.baseDir(), root.folder()), true, diagnostics);
        }
        AsciidocAttributes.collate(attributes, scoped, true);
        Set<Path> untrusted = new LinkedHashSet<>();
        roots.stream().filter(r -> !r.trusted()).forEach(r -> untrusted.add(r.folder()));
        // The component as a whole is trusted only when all its roots are; each page goes by its own root.
        ProjectConfig project = new ProjectConfig(id.name(), title, null, id.version(), roots.get(0).folder(), null,
                AnchorStyle.GITHUB, List.of(), untrusted.isEmpty());
        AntoraComponent antora = new AntoraComponent(id.name(), id.version(), title, startPage,
                roots.stream().map(Root::folder).toList(), navFiles, modules, resources, attributes, untrusted,
                aliases(id, files, modules, diagnostics), displayVersion(id.version(), displayVersion, prerelease),
                prerelease(prerelease));
        return new ProjectSources(project, new ArrayList<>(files.values()), null, List.of(), antora, counts);
    }

    /**
     * The pages' {@code page-aliases}, by where each alias is. An alias is a page id of the page's
     * own module unless it names another ({@code admin:old.adoc}); one naming another component
     * version is not followed. As Antora, an alias at a page ("Page alias cannot reference an
     * existing page") or at another alias ("Duplicate alias") is an error; the page keeps its URL.
     */
    private static Map<SitePath, SitePath> aliases(ProjectVersion id, Map<SitePath, SourceFile> files, Set<String> modules,
                                                   List<Diagnostic> diagnostics) {
        Map<SitePath, SitePath> aliases = new java.util.TreeMap<>();
        AntoraComponent layout = new AntoraComponent(id.name(), id.version(), null, null, List.of(), List.of(), modules,
                Map.of(), Map.of());
        for (SourceFile page : files.values()) {
            if (page.kind() != SourceFile.Kind.ASCIIDOC) {
                continue;
            }
            Optional<PageAliases.Declared> declared = PageAliases.read(page.file());
            for (String alias : declared.map(PageAliases.Declared::ids).orElse(List.of())) {
                Optional<AntoraId> parsed = AntoraId.parse(alias);
                if (parsed.isEmpty() || parsed.get().relative().isEmpty()
                        || !id.name().equals(parsed.get().component() == null ? id.name() : parsed.get().component())
                        || !id.version().equals(parsed.get().version() == null ? id.version() : parsed.get().version())) {
                    continue;
                }
                Optional<SitePath> at = parsed.get().aliasPath(layout.module(page.path()));
                int line = declared.get().line();
                if (at.isEmpty() || at.get().under(id.sitePrefix()).longestSegmentBytes() > SitePath.MAX_SEGMENT_BYTES) {
                    diagnostics.add(Diagnostic.warning(Rules.OUTPUT_CONFLICT, page.displayPath(), line, 1, "page alias '" + alias
                            + "' names no path a page can be published at, so no redirect is written for it",
                            "write the alias as a page id: [module:]path/page.adoc"));
                    continue;
                }
                SourceFile existing = files.get(at.get());
                SitePath other = existing == null ? aliases.putIfAbsent(at.get(), page.path()) : null;
                if (existing != null) {
                    diagnostics.add(Diagnostic.error(Rules.OUTPUT_CONFLICT, page.displayPath(), line, 1, "page alias '" + alias
                            + "' is the page " + existing.displayPath(), "remove the alias, or the page it would replace"));
                } else if (other != null) {
                    diagnostics.add(Diagnostic.error(Rules.OUTPUT_CONFLICT, page.displayPath(), line, 1, "page alias '" + alias
                            + "' is also an alias of " + files.get(other).displayPath() + ", which keeps it", "give the alias to one page only"));
                }
            }
        }
        return aliases;
    }

    /**
     * The file a {@code nav} entry names: in the root of the {@code antora.yml} that lists it,
     * else in another root of the same component version (Antora matches the list against the
     * files of all of them); when none has it, the listing root's path, reported as unreadable.
     */
    private static Path navFile(Root listing, List<Root> roots, String nav) {
        Path own = listing.folder().resolve(nav).normalize();
        if (Files.isRegularFile(own)) {
            return own;
        }
        for (Root root : roots) {
            Path file = root.folder().resolve(nav).normalize();
            if (file.startsWith(root.folder()) && Files.isRegularFile(file)) {
                return file;
            }
        }
        return own;
    }

    private static void readModules(SiteConfig config, ProjectVersion id, Root root, Map<SitePath, SourceFile> files,
                                    Set<String> modules, Map<String, Path> resources, List<Diagnostic> diagnostics) {
        Path modulesFolder = root.folder().resolve("modules");
        if (!Files.isDirectory(modulesFolder)) {
            return;
        }
        for (Path moduleFolder : list(modulesFolder).stream().filter(Files::isDirectory).toList()) {
            String module = moduleFolder.getFileName().toString();
            if (module.startsWith(".")) {
                continue;
            }
            modules.add(module);
            for (String folder : FAMILY_FOLDERS) {
                Path familyFolder = moduleFolder.resolve(folder);
                String family = folder.substring(folder.lastIndexOf('/') + 1);
                if (Files.isDirectory(familyFolder)) {
                    for (Path file : walk(familyFolder)) {
                        String relative = familyFolder.relativize(file).toString().replace('\\', '/');
                        add(config, id, module, family, relative, file, files, resources, diagnostics);
                    }
                }
            }
        }
    }

    private static void add(SiteConfig config, ProjectVersion id, String module, String family, String relative, Path file,
                            Map<SitePath, SourceFile> files, Map<String, Path> resources, List<Diagnostic> diagnostics) {
        Optional<SitePath> path = SitePath.parse(relative);
        if (path.isEmpty() || path.get().segments().stream().anyMatch(s -> s.startsWith("."))) {
            return;
        }
        // Pages include partials and examples, and sometimes pages (hidden _ ones too) and attachments, by resource id.
        resources.putIfAbsent(module + ":" + family.substring(0, family.length() - 1) + "$" + relative, file);
        if (family.equals("partials") || family.equals("examples")) {
            return;
        }
        if ((family.equals("images") || family.equals("attachments")) && path.get().fileName().lastIndexOf('.') <= 0) {
            return; // Antora ignores an image or attachment without an extension (AntoraFiles counts it)
        }
        boolean page = family.equals("pages");
        if (page && (!relative.endsWith(".adoc") || path.get().segments().stream().anyMatch(s -> s.startsWith("_")))) {
            return;
        }
        SitePath at = SitePath.of(AntoraComponent.sitePath(module, family, relative));
        String display = Sources.display(config.baseDir(), file);
        SourceFile source = new SourceFile(id, at, file, page ? SourceFile.Kind.ASCIIDOC : SourceFile.Kind.ASSET, display);
        if (Sources.refused(source, config.limits(), diagnostics)) {
            return;
        }
        SourceFile clash = files.putIfAbsent(at, source);
        if (clash != null) {
            diagnostics.add(Diagnostic.error(Rules.OUTPUT_CONFLICT, display, 0, 0, "'" + at + "' of component '" + id.name()
                    + "' is also in " + clash.displayPath() + ", which is kept", "remove one of them"));
        }
    }

    /**
     * The attributes Antora gives every page before the playbook's (its intrinsic environment and
     * site attributes: {@code env=site}, {@code site-gen=antora}, {@code site-title},
     * {@code site-url} without its trailing {@code /}), with the configuration's over them.
     */
    private static Map<String, String> siteAttributes(SiteConfig config) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("env", "site");
        attributes.put("env-site", "");
        attributes.put("site-gen", "antora");
        attributes.put("site-gen-antora", "");
        attributes.put("site-title", config.title());
        if (config.siteUrl() != null && !config.siteUrl().isBlank()) {
            attributes.put("site-url", config.siteUrl().replaceAll("/+$", ""));
        }
        AsciidocAttributes.collate(attributes, config.attributes(), false);
        return attributes;
    }

    /**
     * What Antora shows as the version: {@code display_version}; else, when {@code prerelease} is
     * a text, the version with it appended ({@code 2.0} and {@code -beta} make {@code 2.0-beta};
     * a text not starting with {@code -} or {@code .} after a space); else the version, which
     * Antora shows as {@code default} for an unversioned component.
     */
    private static String displayVersion(String version, String displayVersion, Object prerelease) {
        if (displayVersion != null) {
            return displayVersion;
        }
        String shown = version.equals(AntoraComponent.UNVERSIONED) ? "default" : version;
        String text = prerelease(prerelease) ? text(prerelease) : null;
        if (text != null && !text.equalsIgnoreCase("true")) {
            return shown + (text.startsWith("-") || text.startsWith(".") ? "" : " ") + text;
        }
        return shown;
    }

    /** Whether a {@code prerelease} value marks a prerelease: {@code true} or a text (not {@code false}, empty or null). */
    private static boolean prerelease(Object value) {
        if (value == null || Boolean.FALSE.equals(value)) {
            return false;
        }
        String text = text(value);
        return text == null || !(text.isEmpty() || text.equalsIgnoreCase("false") || text.equals("~")
                || text.equalsIgnoreCase("null"));
    }

    /**
     * An {@code asciidoc.attributes} mapping as Antora reads it: {@code ~} or an empty value unsets
     * the attribute hard, {@code false} softly ({@link AsciidocAttributes}); a list or mapping
     * value is left out.
     */
    private static Map<String, String> attributes(Object asciidoc) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (asciidoc instanceof Map<?, ?> map && map.get("attributes") instanceof Map<?, ?> values) {
            values.forEach((key, value) -> {
                String text = text(value);
                if ((value == null || text != null) && text(key) != null) {
                    AsciidocAttributes.put(attributes, text(key), text);
                }
            });
        }
        return attributes;
    }

    /** A single value's text; a list or mapping is none (printing one could expand YAML aliases a billion times). */
    private static String text(Object value) {
        return SafeYaml.scalarText(value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    /** The regular files under {@code folder}, sorted. */
    static List<Path> walk(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }
}
