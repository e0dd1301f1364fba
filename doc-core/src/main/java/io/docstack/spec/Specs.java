package io.docstack.spec;

import java.util.ArrayList;
import java.util.List;

import io.docstack.model.Diagnostic;
import io.docstack.source.Catalog;
import io.docstack.source.ProjectSources;

/**
 * The spec stage: reads the OpenAPI 3.0/3.1 specs (YAML or JSON) of every project version of a
 * catalog into {@link ServiceSpec}s. Several spec files of one project version make one service.
 * Problems are {@code spec.parse}, {@code spec.ref} and {@code spec.duplicate} diagnostics; a
 * broken spec never stops the others. Files are read in parallel, then project versions are
 * resolved in parallel; the result does not depend on the scheduling. Thread-safe.
 */
public final class Specs {

    private Specs() {
    }

    /** The service specs of every project version of {@code catalog} that has spec candidates. */
    public static ApiSite read(Catalog catalog) {
        List<ProjectSources> projects = catalog.projects().stream().filter(p -> !p.specs().isEmpty()).toList();
        SpecFiles files = new SpecFiles();
        // Read every candidate first, largest first, so that one big spec does not finish last on one core.
        projects.stream().flatMap(p -> p.specs().stream())
                .sorted(java.util.Comparator.comparingLong((ProjectSources.SpecSource s) -> s.file().toFile().length()).reversed())
                .parallel()
                .forEach(source -> files.get(source.file(), source.displayPath()));
        List<ProjectSpecs.Result> results = projects.parallelStream().map(p -> ProjectSpecs.read(p, files)).toList();
        List<ServiceSpec> services = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (ProjectSpecs.Result result : results) {
            if (result.service() != null) {
                services.add(result.service());
            }
            diagnostics.addAll(result.diagnostics());
        }
        return new ApiSite(services, diagnostics);
    }
}
