package io.docstack.spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.docstack.config.ProjectConfig;
import io.docstack.model.Diagnostic;
import io.docstack.source.ProjectSources;
import io.docstack.source.ProjectSources.SpecSource;

/**
 * Reads the specs of one project version from already (or lazily) read files: every candidate
 * that is a spec is read, fragments only through {@code $ref}s. Not thread-safe; one call per
 * project version, so project versions can be read in parallel.
 */
final class ProjectSpecs {

    /** The service, or null when the project version has no valid spec, and the problems found. */
    record Result(ServiceSpec service, List<Diagnostic> diagnostics) {
    }

    private ProjectSpecs() {
    }

    static Result read(ProjectSources project, SpecFiles files) {
        Problems problems = new Problems();
        // one reader per spec location: what a $ref may reach, and the schemas read, depend on it
        Map<Path, SpecReader> readers = new HashMap<>();
        if (project.specs().size() > 1) {
            project.specs().parallelStream().forEach(source -> files.get(source.file(), source.displayPath()));
        }
        List<SpecReader.ReadSpec> specs = new ArrayList<>();
        for (SpecSource source : project.specs()) {
            SpecFiles.Document document = files.get(source.file(), source.displayPath());
            if (!document.readable()) {
                problems.add(document.problem());
                continue;
            }
            SpecReader reader = readers.computeIfAbsent(location(project.config(), source.file()), folder -> {
                Resolver resolver = new Resolver(files, folder, folders(project.config()), problems);
                return new SpecReader(new OperationReader(resolver, new SchemaReader(resolver, problems), problems), problems);
            });
            SpecReader.ReadSpec spec = reader.read(document, source.named());
            if (spec != null) {
                specs.add(spec);
            }
        }
        ServiceSpec service = specs.isEmpty() ? null : ServiceAssembler.assemble(project.config(), specs, problems);
        return new Result(service, problems.list());
    }

    /** The spec folders a project configures (not its configured files: those do not open their folder). */
    private static List<Path> folders(ProjectConfig config) {
        return config.specLocations().stream().filter(Files::isDirectory).toList();
    }

    /**
     * The folder that the {@code $ref}s of root spec {@code file} must stay in: the configured spec
     * location it came from (the folder of a configured file, or a configured folder; the deepest
     * when several hold it). Not the common ancestor of all candidates: specs in {@code sub/} and
     * {@code sub2/} would let {@code ../secret.yaml} through, and one spec configured elsewhere
     * would widen it to the whole disk. The project's other configured folders are open to it too
     * ({@link Resolver}).
     */
    static Path location(ProjectConfig config, Path file) {
        Path spec = file.toAbsolutePath().normalize();
        Path best = null;
        for (Path configured : config.specLocations()) {
            Path location = configured.toAbsolutePath().normalize();
            if (location.equals(spec)) {
                return spec.getParent();
            }
            if (Files.isDirectory(location) && spec.startsWith(location)
                    && (best == null || location.getNameCount() > best.getNameCount())) {
                best = location;
            }
        }
        return best != null ? best : spec.getParent(); // a source no location names: its own folder
    }
}
