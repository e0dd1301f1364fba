package io.docstack.inventory;

import java.util.List;
import java.util.Objects;

/**
 * A link inventory: what other sites and projects may link to in a set of project versions
 * (pages, their titles and anchors), and which references those pages make into other projects.
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
    /** Format version written in the file; readers refuse newer major versions. */
    public static final int FORMAT = 1;

    public Inventory {
        Objects.requireNonNull(source, "source");
        projects = List.copyOf(projects);
    }

    /**
     * One project version.
     *
     * @param name    project name as used in {@code xref:name:…}
     * @param version version label
     * @param title   human title
     * @param pages   its pages, sorted by path
     */
    public record Project(String name, String version, String title, List<Page> pages) {
        public Project {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(version, "version");
            title = title == null ? name : title;
            pages = List.copyOf(pages);
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

    /** A reference as written ({@code xref:compute:guide/boot.md#flavors}) and where. */
    public record Xref(String target, int line, int column) {
        public Xref {
            Objects.requireNonNull(target, "target");
        }
    }
}
