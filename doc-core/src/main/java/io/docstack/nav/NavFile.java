package io.docstack.nav;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import io.docstack.config.Limits;
import io.docstack.config.SafeYaml;
import io.docstack.model.Diagnostic;
import io.docstack.model.Page;
import io.docstack.model.PageRef;
import io.docstack.model.Rules;
import io.docstack.model.Utf8Text;
import io.docstack.model.SitePath;
import io.docstack.model.UrlPolicy;
import io.docstack.source.SourceFile;

/**
 * Reads a project's {@code nav.yml}: a YAML list whose entries are a page path (a string), or a
 * mapping with {@code page} (path from the docs root), optional {@code title} (else the page's
 * title) and optional {@code items} (nested list); a mapping with only {@code title} and
 * {@code items} is a section heading, one with {@code title} and {@code url} an external link.
 * Entries pointing nowhere give {@code nav.broken} at their line and are left out. A {@code url}
 * that {@link UrlPolicy} refuses ({@code javascript:} …) is a {@code link.scheme} error at the
 * value; the entry stays as a heading without a link.
 */
final class NavFile {

    private final SourceFile file;
    private final Map<SitePath, Page> pages;
    private final Supplier<String> ids;
    private final List<Diagnostic> diagnostics;
    /** Lists already read: a YAML alias shares the node, and walking it again could expand exponentially. */
    private final Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    private NavFile(SourceFile file, Map<SitePath, Page> pages, Supplier<String> ids, List<Diagnostic> diagnostics) {
        this.file = file;
        this.pages = pages;
        this.ids = ids;
        this.diagnostics = diagnostics;
    }

    static List<NavItem> read(SourceFile file, Map<SitePath, Page> pages, Limits limits, Supplier<String> ids,
                              List<Diagnostic> diagnostics) {
        Node root;
        try {
            Utf8Text text = Utf8Text.decode(Files.readAllBytes(file.file()));
            if (!text.valid()) {
                diagnostics.add(Diagnostic.error(Rules.NAV_SYNTAX, file.displayPath(), text.line(), text.column(),
                        text.problem("navigation file"), Utf8Text.HINT));
                return null;
            }
            root = SafeYaml.loader(limits).compose(new StringReader(text.text()));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            int column = e.getProblemMark() == null ? 1 : e.getProblemMark().getColumn() + 1;
            diagnostics.add(Diagnostic.error(Rules.NAV_SYNTAX, file.displayPath(), line, column,
                    "navigation file is not valid YAML: " + e.getProblem(), "fix the YAML syntax"));
            return null;
        } catch (IOException | RuntimeException e) {
            diagnostics.add(Diagnostic.error(Rules.NAV_SYNTAX, file.displayPath(), 1, 1,
                    "navigation file cannot be read: " + e.getMessage(), "fix the file or remove it"));
            return null;
        }
        if (root == null) {
            return List.of();
        }
        return new NavFile(file, pages, ids, diagnostics).list(root);
    }

    private List<NavItem> list(Node node) {
        if (!(node instanceof SequenceNode sequence)) {
            problem(Rules.NAV_SYNTAX, node, "expected a list of entries", "start each entry with '- '");
            return List.of();
        }
        if (!seen.add(sequence)) {
            problem(Rules.NAV_SYNTAX, node, "an alias repeats entries that are already listed",
                    "write the entries out instead of using a YAML alias");
            return List.of();
        }
        List<NavItem> items = new ArrayList<>();
        for (Node entry : sequence.getValue()) {
            NavItem item = entry(entry);
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    private NavItem entry(Node node) {
        if (node instanceof ScalarNode scalar) {
            return pageItem(node, ids.get(), scalar.getValue(), null, List.of());
        }
        if (!(node instanceof MappingNode mapping)) {
            problem(Rules.NAV_SYNTAX, node, "expected a page path or a mapping", "write '- path.md' or '- page: path.md'");
            return null;
        }
        String page = null;
        String title = null;
        String url = null;
        Node urlNode = null;
        Node items = null;
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
            Node value = tuple.getValueNode();
            switch (key) {
                case "page" -> page = scalar(value);
                case "title" -> title = scalar(value);
                case "url" -> {
                    url = scalar(value);
                    urlNode = value;
                }
                case "items" -> items = value;
                default -> problem(Rules.NAV_SYNTAX, tuple.getKeyNode(), "unknown key '" + key + "'",
                        "use page, title, url or items");
            }
        }
        String id = ids.get(); // before the children's: ids follow tree order
        List<NavItem> children = items == null ? List.of() : list(items);
        if (page != null) {
            return pageItem(node, id, page, title, children);
        }
        if (title == null) {
            problem(Rules.NAV_SYNTAX, node, "entry has neither page nor title", "add 'page:' or 'title:'");
            return null;
        }
        if (url != null && !UrlPolicy.allowed(url)) {
            diagnostics.add(UrlPolicy.refused(file.displayPath(), urlNode.getStartMark().getLine() + 1,
                    urlNode.getStartMark().getColumn() + 1, "navigation entry url", url));
            url = null;
        }
        return new NavItem(id, title, null, url, children);
    }

    private NavItem pageItem(Node node, String id, String path, String title, List<NavItem> children) {
        Page page = SitePath.parse(path.startsWith("/") ? path.substring(1) : path).map(pages::get).orElse(null);
        if (page == null) {
            problem(Rules.NAV_BROKEN, node, "navigation entry '" + path + "' is not a page of this project",
                    hint(path));
            return children.isEmpty() ? null : new NavItem(id, title == null ? path : title, null, null, children);
        }
        PageRef ref = page.ref();
        return new NavItem(id, title == null ? page.title() : title, ref, null, children);
    }

    private String hint(String path) {
        List<String> known = pages.keySet().stream().map(SitePath::value).sorted().toList();
        String near = io.docstack.model.Suggestions.nearest(path, known);
        return near == null ? "paths are relative to the docs folder" : "did you mean '" + near + "'?";
    }

    private String scalar(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        problem(Rules.NAV_SYNTAX, node, "expected a single value", "write the value on the same line as its key");
        return null;
    }

    private void problem(String rule, Node node, String message, String hint) {
        diagnostics.add(Diagnostic.error(rule, file.displayPath(), node.getStartMark().getLine() + 1,
                node.getStartMark().getColumn() + 1, message, hint));
    }
}
