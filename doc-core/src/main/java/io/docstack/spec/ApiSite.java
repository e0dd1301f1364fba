package io.docstack.spec;

import java.util.List;
import java.util.Optional;

import io.docstack.model.Diagnostic;
import io.docstack.model.ProjectVersion;

/** The output of the spec stage: the services of the site and the problems of their specs. */
public record ApiSite(List<ServiceSpec> services, List<Diagnostic> diagnostics) {

    public ApiSite {
        services = List.copyOf(services);
        diagnostics = List.copyOf(diagnostics);
    }

    /** The service of one project version. */
    public Optional<ServiceSpec> service(ProjectVersion id) {
        return services.stream().filter(s -> s.project().equals(id)).findFirst();
    }
}
