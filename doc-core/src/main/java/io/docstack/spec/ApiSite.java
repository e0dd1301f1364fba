package io.docstack.spec;

import java.util.List;
import java.util.Optional;

import io.docstack.model.Diagnostic;
import io.docstack.model.ProjectVersion;

/**
 * The output of the spec stage: the service specs of a site and the problems found reading them.
 * Immutable and thread-safe.
 *
 * @param services    one per project version that has at least one valid spec, in catalog order
 * @param diagnostics {@code spec.parse}, {@code spec.ref} and {@code spec.duplicate} problems, by
 *                    project version in catalog order
 */
public record ApiSite(List<ServiceSpec> services, List<Diagnostic> diagnostics) {

    public ApiSite {
        services = List.copyOf(services);
        diagnostics = List.copyOf(diagnostics);
    }

    /** The spec of a project version, if it has one. */
    public Optional<ServiceSpec> service(ProjectVersion id) {
        return services.stream().filter(s -> s.project().equals(id)).findFirst();
    }
}
