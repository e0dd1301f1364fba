package io.docstack.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import io.docstack.config.Limits;
import io.docstack.config.ProjectConfig;
import io.docstack.config.SiteConfig;
import io.docstack.inventory.Inventory;
import io.docstack.inventory.InventoryFiles;
import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;
import io.docstack.model.SitePath;
import io.docstack.model.UrlPolicy;

/**
 * The source stage: lists the files of every configured project folder into a {@link Catalog}.
 *
 * <p>Files and folders whose name starts with {@code .} or {@code _} are not part of the site
 * (hidden files, AsciiDoc partials); they can still be included by pages. Symbolic links that
 * leave the docs folder are skipped with a diagnostic. Stateless and thread-safe.
 */
public final class Sources {

    private Sources() {
    }

    /**
     * Reads the file lists of all projects of {@code config}: its folders and Antora content roots,
     * and the refs of its git sources and its docs bundles, read into memory first.
     */
    public static Catalog aggregate(SiteConfig config) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<ProjectSources> projects = new ArrayList<>();
        SourceBudget budget = new SourceBudget(config.limits());
        Contributed git = GitSources.read(config, budget, diagnostics);
        Contributed bundles = Bundles.read(config, budget, diagnostics);
        List<ProjectConfig> configured = new ArrayList<>(config.projects());
        configured.addAll(git.projects());
        configured.addAll(bundles.projects());
        Set<String> seen = new HashSet<>();
        for (ProjectConfig project : configured) {
            String display = display(config.baseDir(), project.docs());
            if (!seen.add(project.name() + "@" + project.version())) {
                diagnostics.add(Diagnostic.error(Rules.CONFIG_PROJECT, display, 0, 0,
                        "project '" + project.name() + "' version '" + project.version() + "' is declared twice",
                        "give each project a unique name, or each copy its own version"));
                continue;
            }
            projects.add(list(config, withAllowedEditUrl(project, display, diagnostics), diagnostics));
        }
        List<Path> antoraRoots = new ArrayList<>(config.antoraSources());
        antoraRoots.addAll(git.antoraRoots());
        antoraRoots.addAll(bundles.antoraRoots());
        Set<Path> untrusted = new HashSet<>(git.untrustedRoots());
        untrusted.addAll(bundles.untrustedRoots());
        projects.addAll(AntoraSources.read(config, antoraRoots, untrusted, diagnostics));
        return new Catalog(projects, inventories(config, diagnostics), diagnostics);
    }

    /**
     * The project without its editUrl, with a {@code link.scheme} error at {@code where}, when
     * {@link UrlPolicy} refuses that URL; else the project itself.
     */
    static ProjectConfig withAllowedEditUrl(ProjectConfig project, String where, List<Diagnostic> diagnostics) {
        if (project.editUrl() == null || UrlPolicy.allowed(project.editUrl())) {
            return project;
        }
        diagnostics.add(UrlPolicy.refused(where, 0, 0, "editUrl of project '" + project.name() + "'", project.editUrl()));
        return project.withEditUrl(null);
    }

    /**
     * The catalog after an edit: {@code previous} with the projects re-listed whose files may have
     * come or gone, that is, those with an {@code edited} path (absolute, normalized) that the
     * catalog does not list or that no longer exists, in their docs folder or spec locations. Their
     * problems are replaced; every other project, its problems and the inventories stay as they were.
     * When no file came or went, that is {@code previous} itself.
     */
    public static Catalog rescan(SiteConfig config, Catalog previous, Set<Path> edited) {
        Set<Path> listed = new HashSet<>();
        for (ProjectSources project : previous.projects()) {
            project.files().forEach(f -> listed.add(absolute(f.file())));
            if (project.antora() != null) {
                project.antora().resources().values().forEach(f -> listed.add(absolute(f)));
                project.antora().navFiles().forEach(f -> listed.add(absolute(f.file())));
            }
            project.specs().forEach(s -> listed.add(absolute(s.file())));
            if (project.nav() != null) {
                listed.add(absolute(project.nav().file()));
            }
        }
        Set<Path> cameOrWent = new HashSet<>();
        edited.stream().filter(p -> !listed.contains(p) || !Files.exists(p)).forEach(cameOrWent::add);
        if (cameOrWent.isEmpty()) {
            return previous;
        }
        List<ProjectSources> projects = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>(previous.diagnostics());
        List<Diagnostic> antoraFound = new ArrayList<>();
        List<ProjectSources> antora = null; // read again, all at once, when one of them is
        for (ProjectSources project : previous.projects()) {
            List<Path> roots = project.allFolders();
            if (cameOrWent.stream().noneMatch(p -> roots.stream().anyMatch(p::startsWith))) {
                projects.add(project);
                continue;
            }
            List<String> shown = roots.stream().map(r -> display(config.baseDir(), r)).toList();
            diagnostics.removeIf(d -> shown.stream().anyMatch(r -> d.file().equals(r) || d.file().startsWith(r + "/")));
            List<Diagnostic> found = new ArrayList<>();
            if (project.antora() == null) {
                // From the configured project, so that a refused editUrl is reported again with the project's other problems.
                ProjectConfig configured = config.projects().stream().filter(p -> p.id().equals(project.config().id()))
                        .findFirst().orElse(project.config());
                ProjectConfig checked = withAllowedEditUrl(configured, display(config.baseDir(), configured.docs()), found);
                projects.add(list(config, checked, found));
            } else {
                antora = antora != null ? antora : AntoraSources.read(config, antoraRoots(config, previous),
                        untrustedRoots(previous), antoraFound);
                antora.stream().filter(c -> c.config().id().equals(project.config().id())).findFirst().ifPresent(projects::add);
                antoraFound.stream().filter(d -> shown.stream().anyMatch(r -> d.file().equals(r) || d.file().startsWith(r + "/")))
                        .forEach(found::add);
            }
            diagnostics.addAll(found);
        }
        return new Catalog(projects, previous.inventories(), diagnostics);
    }

    /** The configured Antora content roots, then those the previous catalog read from git refs and bundles. */
    private static List<Path> antoraRoots(SiteConfig config, Catalog previous) {
        Set<Path> roots = new java.util.LinkedHashSet<>(config.antoraSources());
        previous.projects().stream().filter(p -> p.antora() != null)
                .forEach(p -> p.antora().roots().stream().filter(MemoryTree::inMemory).forEach(roots::add));
        return new ArrayList<>(roots);
    }

    /** The untrusted content roots of the previous catalog's components. */
    private static Set<Path> untrustedRoots(Catalog previous) {
        Set<Path> roots = new HashSet<>();
        previous.projects().stream().filter(p -> p.antora() != null).forEach(p -> roots.addAll(p.antora().untrustedRoots()));
        return roots;
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }

    private static List<Inventory> inventories(SiteConfig config, List<Diagnostic> diagnostics) {
        List<Inventory> inventories = new ArrayList<>();
        for (String location : config.inventories()) {
            InventoryFiles.Loaded loaded = InventoryFiles.load(location, config.baseDir(), config.limits().inventoryTimeout());
            if (loaded.problem() != null) {
                diagnostics.add(loaded.problem());
            } else {
                inventories.add(loaded.inventory());
            }
        }
        return inventories;
    }

    /** The files of one project; none, with an error, when its docs folder does not exist. */
    private static ProjectSources list(SiteConfig config, ProjectConfig project, List<Diagnostic> diagnostics) {
        if (!Files.isDirectory(project.docs())) {
            diagnostics.add(Diagnostic.error(Rules.CONFIG_PROJECT, display(config.baseDir(), project.docs()), 0, 0,
                    "docs folder of project '" + project.name() + "' does not exist",
                    "create it or fix <docs> in the project's configuration"));
            return new ProjectSources(project, List.of(), null);
        }
        return scan(config.baseDir(), config.limits(), project, diagnostics);
    }

    private static ProjectSources scan(Path baseDir, Limits limits, ProjectConfig project, List<Diagnostic> diagnostics) {
        Path root = project.docs().toAbsolutePath().normalize();
        Path realRoot = realPath(root);
        DocsFilter filter = DocsFilter.of(project);
        SkippedFiles skipped = new SkippedFiles();
        List<SourceFile> files = new ArrayList<>();
        SourceFile nav = null;
        Map<SitePath, SourceFile> outputs = new HashMap<>();
        for (Path file : listFiles(root)) {
            String display = display(baseDir, file);
            Optional<SitePath> path = SitePath.parse(root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"));
            if (path.isEmpty() || root.relativize(file).toString().contains("\\")) {
                diagnostics.add(Diagnostic.error(Rules.SOURCE_READ, display, 0, 0,
                        "file name cannot be used in a URL", "rename the file without backslashes or control characters"));
                skipped.skip(SkippedFiles.Reason.REPORTED, display);
                continue;
            }
            SkippedFiles.Reason left = filter.reason(path.get());
            if (left != null) {
                skipped.skip(left, DocsFilter.place(path.get()));
                continue;
            }
            SourceFile source = take(project, realRoot, file, path.get(), display, limits, diagnostics);
            if (source == null) {
                skipped.skip(SkippedFiles.Reason.REPORTED, display);
            } else if (source.kind() == SourceFile.Kind.NAVIGATION) {
                nav = source;
            } else if (outputs.putIfAbsent(source.output(), source) != null) {
                SourceFile clash = outputs.get(source.output());
                diagnostics.add(Diagnostic.error(Rules.OUTPUT_CONFLICT, display, 0, 0,
                        "'" + path.get() + "' and '" + clash.path() + "' would both be written to '"
                                + source.output() + "'; '" + clash.path() + "' is kept",
                        "rename or remove one of them"));
                skipped.skip(SkippedFiles.Reason.REPORTED, display);
            } else {
                if (source.kind() == SourceFile.Kind.ASSET && SkippedFiles.pageLike(path.get().fileName())) {
                    skipped.note(SkippedFiles.Reason.PAGE_LIKE_ASSET, DocsFilter.prefix(path.get(), Math.max(0, path.get().segments().size() - 2)));
                }
                files.add(source);
            }
        }
        skipped.report(display(baseDir, root), false, diagnostics);
        return new ProjectSources(project, files, nav, SpecCandidates.of(baseDir, project, diagnostics), null,
                new ProjectSources.Counts(files.size() + (nav != null ? 1 : 0), skipped.count()));
    }

    /** The source file at {@code path}; null, with an error, when it is a link out of the folder or too large. */
    private static SourceFile take(ProjectConfig project, Path realRoot, Path file, SitePath path, String display,
                                   Limits limits, List<Diagnostic> diagnostics) {
        if (Files.isSymbolicLink(file) && !realPath(file).startsWith(realRoot)) {
            diagnostics.add(Diagnostic.error(Rules.LINK_ESCAPE, display, 0, 0,
                    "symbolic link points outside the docs folder", "copy the file into the docs folder instead"));
            return null;
        }
        SourceFile source = new SourceFile(project.id(), path, file, SourceFile.Kind.of(path), display);
        return refused(source, limits, diagnostics) ? null : source;
    }

    /** Regular files under {@code root}, sorted so that builds are deterministic. */
    private static List<Path> listFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !p.equals(root))
                    .filter(p -> Files.isRegularFile(p))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    /** True, with an error, when {@code file} cannot be written into the site: a name too long, or too large. */
    static boolean refused(SourceFile file, Limits limits, List<Diagnostic> diagnostics) {
        return nameTooLong(file, diagnostics) || tooLarge(file, limits, diagnostics);
    }

    /**
     * True, with a {@link Rules#SOURCE_READ} error, when a folder or file name of {@code file}'s
     * place in the site is longer than {@link SitePath#MAX_SEGMENT_BYTES}: no common file system
     * (ext4, APFS, NTFS, a zip's extraction) could hold the output, and a failed write would stop
     * the whole build. The site path counts, not the source's: {@code .md} becomes {@code .html}.
     */
    static boolean nameTooLong(SourceFile file, List<Diagnostic> diagnostics) {
        int longest = file.sitePath().longestSegmentBytes();
        if (longest <= SitePath.MAX_SEGMENT_BYTES) {
            return false;
        }
        diagnostics.add(Diagnostic.error(Rules.SOURCE_READ, file.displayPath(), 0, 0, "a folder or file name of its place in the site"
                        + " is " + longest + " bytes long (UTF-8), more than the " + SitePath.MAX_SEGMENT_BYTES
                        + " a file system allows; it is left out of the site",
                "shorten the file or folder name (or the project or version name)"));
        return true;
    }

    /**
     * True, with a {@link Rules#SOURCE_LIMIT} error, when {@code file} is an asset larger than
     * {@link Limits#maxAssetBytes()}: it is left out of the site (and of the preview's memory).
     */
    static boolean tooLarge(SourceFile file, Limits limits, List<Diagnostic> diagnostics) {
        if (file.kind() != SourceFile.Kind.ASSET) {
            return false;
        }
        long size;
        try {
            size = Files.size(file.file());
        } catch (IOException e) {
            return false; // copying it reports the problem
        }
        if (size <= limits.maxAssetBytes()) {
            return false;
        }
        diagnostics.add(Diagnostic.error(Rules.SOURCE_LIMIT, file.displayPath(), 0, 0, "asset is " + size
                        + " bytes, more than maxAssetBytes (" + limits.maxAssetBytes() + "); it is not copied into the site",
                "make it smaller or host it elsewhere, or raise maxAssetBytes"));
        return true;
    }

    static boolean isExcluded(SitePath path) {
        for (String segment : path.segments()) {
            if (segment.startsWith(".") || segment.startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    /**
     * A path as shown to users: relative to the base folder when inside it, '/'-separated; a file of
     * a git ref or a bundle as its source and its path there ({@code compute@release/2.1/src/docs/a.md}).
     */
    public static String display(Path baseDir, Path file) {
        if (MemoryTree.inMemory(file)) {
            return MemoryTree.display(file);
        }
        Path base = baseDir.toAbsolutePath().normalize();
        Path abs = file.toAbsolutePath().normalize();
        Path shown = abs.startsWith(base) ? base.relativize(abs) : abs;
        String text = shown.toString().replace(abs.getFileSystem().getSeparator(), "/");
        return text.isEmpty() ? "." : text;
    }

}
