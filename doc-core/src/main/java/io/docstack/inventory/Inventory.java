package io.docstack.inventory;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import io.docstack.model.SitePath;

/**
 * A link inventory: what other sites and projects may link to in a set of project versions
 * (pages, their titles and anchors, API operations), and which references ({@code xref:} and
 * {@code api:}) those pages make into other projects.
 * Every build writes one ({@value #FILE_NAME} at the site root); {@code doc:check} loads the
 * inventories of projects it does not build, to validate {@code xref:}s into them and to find
 * inbound references that a local change breaks. Immutable.
 *
 * @param source   where it was loaded from (a path or URL), for diagnostics; "" when built here
 * @param projects the project versions it describes
 */
public record Inventory(String source, List<Project> projects) {

    /** File name of a site's inventory, at the site root and in docs bundles. */
    public static final String FILE_NAME = "docstack-inventory.json";
    /**
     * Format version written in the file; readers refuse newer major versions. Additions that
     * older readers may ignore (such as {@code operations}) keep the number.
     */
    public static final int FORMAT = 1;
    private static final Pattern METHOD = Pattern.compile("[A-Z]+");

    public Inventory {
        Objects.requireNonNull(source, "source");
        projects = List.copyOf(projects);
    }

    /**
     * One project version.
     *
     * @param name    project name as used in {@code xref:name:…}
     * @param version version label
     * @param title      human title
     * @param pages      its pages, sorted by path
     * @param operations the operations of its service spec, in spec order; empty when it has no
     *                   spec (or in inventories written before operations were recorded)
     */
    public record Project(String name, String version, String title, List<Page> pages, List<Operation> operations) {
        public Project {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(version, "version");
            title = title == null ? name : title;
            pages = List.copyOf(pages);
            operations = operations == null ? List.of() : List.copyOf(operations);
        }
    }

    /**
     * One operation of a project version's service spec, as {@code api:} references reach it.
     *
     * @param operationId the spec's operationId, or null
     * @param method      upper case HTTP method
     * @param path        the path template as in the spec
     * @param page        its reference page, inside the project version's folder ({@code api/servers.html})
     * @param anchor      its id on that page
     * @param deprecated  {@code deprecated: true} in the spec
     * @param fields      the parameter and request body property names a reference may name after
     *                    {@code #}, sorted
     */
    public record Operation(String operationId, String method, String path, String page, String anchor,
                            boolean deprecated, List<String> fields) {
        public Operation {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(page, "page");
            Objects.requireNonNull(anchor, "anchor");
            if (!METHOD.matcher(method).matches()) {
                throw new IllegalArgumentException("operation method '" + method + "' is not an upper case HTTP method");
            }
            if (SitePath.parse(page).isEmpty()) {
                throw new IllegalArgumentException("operation page '" + page + "' is not a path inside the project version");
            }
            fields = fields == null ? List.of() : List.copyOf(fields);
        }
    }

    /**
     * One page.
     *
     * @param path    source path inside the project's docs folder ({@code guide/ports.md})
     * @param output  output path inside the project version's folder ({@code guide/ports.html})
     * @param file    the source file as its own build showed it in diagnostics
     * @param title   page title
     * @param anchors every id a link may target, sorted
     * @param xrefs   references this page makes to other projects, in document order
     */
    public record Page(String path, String output, String file, String title, List<String> anchors,
                       List<Xref> xrefs) {
        public Page {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(output, "output");
            file = file == null ? path : file;
            title = title == null ? path : title;
            anchors = List.copyOf(anchors);
            xrefs = List.copyOf(xrefs);
        }
    }

    /**
     * A reference to another project as written ({@code xref:compute:guide/boot.md#flavors},
     * {@code api:compute:listServers}, {@code api:compute:GET /servers} from a request line) and where.
     */
    public record Xref(String target, int line, int column) {
        public Xref {
            Objects.requireNonNull(target, "target");
        }
    }
}
