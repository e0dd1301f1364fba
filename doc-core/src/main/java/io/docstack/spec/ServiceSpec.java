package io.docstack.spec;

import io.docstack.model.ProjectVersion;
import io.docstack.model.SitePath;

import java.util.List;
import java.util.Objects;

/**
 * The API of one project version: the operations of every OpenAPI spec the project declares,
 * merged. {@code api:compute:listServers} is looked up in the {@code ServiceSpec} of project
 * {@code compute} (in the referring page's version, or the one named with {@code @}).
 *
 * @param project    the project version that owns the specs; its name is the service name in {@code api:} references
 * @param title      {@code info.title} of the first spec, or the project name
 * @param description {@code info.description} of the first spec (CommonMark), or null
 * @param apiVersion {@code info.version} of the first spec, or null
 * @param files      the spec files read, in configuration order
 * @param tags       tags in spec order (declared {@code tags} first, then first use); operations
 *                   without a tag are under {@link Tag#UNTAGGED}
 * @param operations every operation, in spec order (paths as written, methods in OpenAPI order)
 * @param servers    the {@code url}s of the top-level {@code servers} of every spec file, as written
 *                   ({@code https://{region}.api.example.com/v2}, {@code /v2}), duplicates removed
 */
public record ServiceSpec(ProjectVersion project, String title, String description, String apiVersion,
                          List<SpecFile> files, List<Tag> tags, List<Operation> operations, List<String> servers) {

    /** Folder, inside the project version, of the generated API reference pages. */
    public static final String PAGES_FOLDER = "api";

    public ServiceSpec {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(title, "title");
        files = List.copyOf(files);
        tags = List.copyOf(tags);
        operations = List.copyOf(operations);
        servers = List.copyOf(servers);
    }

    /** A service whose specs declare no servers (or whose servers are not known, as from an inventory). */
    public ServiceSpec(ProjectVersion project, String title, String description, String apiVersion,
                       List<SpecFile> files, List<Tag> tags, List<Operation> operations) {
        this(project, title, description, apiVersion, files, tags, operations, List.of());
    }

    /** The service name written in {@code api:} references. */
    public String service() {
        return project.name();
    }

    /** The overview page of the generated reference, inside the project version's folder. */
    public static SitePath indexPage() {
        return SitePath.of(PAGES_FOLDER + "/index.html");
    }

    /**
     * One spec file as read.
     *
     * @param displayPath the file as shown in diagnostics
     * @param openapi     the {@code openapi} version string ({@code 3.0.3}, {@code 3.1.0})
     */
    public record SpecFile(java.nio.file.Path file, String displayPath, String openapi) {
    }

    /**
     * A tag grouping operations; each tag gets one reference page.
     *
     * @param name        the tag name as in the spec
     * @param description its description (CommonMark), or null
     * @param page        the generated page, inside the project version's folder ({@code api/<slug>.html})
     */
    public record Tag(String name, String description, SitePath page) {
        /** The name used for operations that have no tag. */
        public static final String UNTAGGED = "other";
    }
}
