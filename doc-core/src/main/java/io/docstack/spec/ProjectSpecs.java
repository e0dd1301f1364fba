package io.docstack.spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
        Resolver resolver = new Resolver(files, folderTree(project.specs()), problems);
        SpecReader reader = new SpecReader(new OperationReader(resolver, new SchemaReader(resolver, problems), problems), problems);
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
            SpecReader.ReadSpec spec = reader.read(document, source.named());
            if (spec != null) {
                specs.add(spec);
            }
        }
        ServiceSpec service = specs.isEmpty() ? null : ServiceAssembler.assemble(project.config(), specs, problems);
        return new Result(service, problems.list());
    }

    /**
     * The folder that {@code $ref}ed files must stay in: the deepest folder holding every
     * candidate file, so a spec may use fragments in sibling folders of its spec location but
     * never reach {@code ../../etc/passwd}.
     */
    static Path folderTree(List<SpecSource> sources) {
        Path common = null;
        for (SpecSource source : sources) {
            Path folder = source.file().toAbsolutePath().normalize().getParent();
            if (common == null) {
                common = folder;
            }
            while (!folder.startsWith(common)) {
                common = common.getParent();
            }
        }
        return common;
    }
}
