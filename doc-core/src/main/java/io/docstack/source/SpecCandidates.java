package io.docstack.source;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import io.docstack.config.ProjectConfig;
import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;

/**
 * The candidate spec files of a project: each configured file, and every YAML and JSON file under
 * each configured folder. Unlike pages, a file whose name starts with {@code _} is a candidate:
 * spec trees name their shared parts so ({@code namespaces/_core.yaml}, {@code schemas/_common.yaml}),
 * and the spec stage tells specs from fragments by their {@code openapi} key. Folders and files
 * starting with {@code .} (tool settings, version control) are not. Nothing is dropped in silence:
 * a folder that cannot be listed is a {@code spec.parse} error at its path, and a file that cannot
 * be read (a broken link, no permission) stays a candidate, so that the spec stage reports it.
 * Stateless.
 */
final class SpecCandidates {

    private SpecCandidates() {
    }

    static List<ProjectSources.SpecSource> of(Path baseDir, ProjectConfig project, List<Diagnostic> diagnostics) {
        List<ProjectSources.SpecSource> specs = new ArrayList<>();
        for (Path location : project.specLocations()) {
            Path absolute = location.toAbsolutePath().normalize();
            if (Files.isRegularFile(absolute)) {
                specs.add(new ProjectSources.SpecSource(absolute, Sources.display(baseDir, absolute), true));
            } else if (Files.isDirectory(absolute)) {
                list(baseDir, absolute, diagnostics)
                        .forEach(f -> specs.add(new ProjectSources.SpecSource(f, Sources.display(baseDir, f), false)));
            } else {
                diagnostics.add(Diagnostic.error(Rules.SPEC_PARSE, Sources.display(baseDir, absolute), 0, 0,
                        "spec location of project '" + project.name() + "' does not exist",
                        "create it or fix <specs> in the project's configuration"));
            }
        }
        return specs;
    }

    /** The spec files under {@code root}, sorted so that builds are deterministic. */
    private static List<Path> list(Path baseDir, Path root, List<Diagnostic> diagnostics) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (!attributes.isDirectory() && isSpecFile(file) && !hidden(file)) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (isSpecFile(file) && !hidden(file)) {
                        files.add(file); // the spec stage reports why it cannot be read
                    } else if (!hidden(file)) {
                        diagnostics.add(Diagnostic.error(Rules.SPEC_PARSE, Sources.display(baseDir, file), 0, 0,
                                "cannot list this folder of the spec location: " + e.getClass().getSimpleName()
                                        + (e.getMessage() == null ? "" : ": " + e.getMessage()),
                                "make it readable, or move it out of the spec folder"));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(Rules.SPEC_PARSE, Sources.display(baseDir, root), 0, 0,
                    "cannot list the spec folder: " + e, "make it readable, or fix <specs>"));
        }
        files.sort(null);
        return files;
    }

    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static boolean isSpecFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }
}
