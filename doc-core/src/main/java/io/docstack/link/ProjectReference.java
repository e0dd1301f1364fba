package io.docstack.link;

import java.util.Objects;
import java.util.Optional;

/**
 * The project a reference names explicitly: {@code xref:network[@2.1]:…} or
 * {@code api:compute[@2.0]:…}. Relative links, {@code xref:path} without a project and request
 * lines of blocks that name no service (empty service) name none. The inventory records such
 * references and the inbound check picks those into local projects by it, so both read targets
 * the way the link stage does. Immutable.
 *
 * @param kind    which syntax named it
 * @param project the project (service) name
 * @param version the version written after {@code @}, or null
 */
public record ProjectReference(Kind kind, String project, String version) {

    /** The syntax of the reference. */
    public enum Kind {
        /** {@code xref:project:path}: a page. */
        XREF,
        /** {@code api:service:operation}: an operation of a service's spec. */
        API
    }

    public ProjectReference {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(project, "project");
    }

    /** The project a link target as written names, if it names one and can be understood. */
    public static Optional<ProjectReference> of(String target) {
        LinkTarget parsed = LinkTarget.parse(target);
        if (parsed instanceof LinkTarget.InSite inSite && inSite.project() != null) {
            return Optional.of(new ProjectReference(Kind.XREF, inSite.project(), inSite.version()));
        }
        if (parsed instanceof LinkTarget.Api api && !api.service().isEmpty()) {
            return Optional.of(new ProjectReference(Kind.API, api.service(), api.version()));
        }
        return Optional.empty();
    }
}
