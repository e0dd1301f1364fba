package io.docstack.convert;

import java.util.Map;

import org.asciidoctor.ast.Cursor;
import org.asciidoctor.ast.StructuralNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Carries the page line of each AsciiDoc block from Asciidoctor's sourcemap into its HTML, where
 * links and anchors are read: before conversion each block gets a role {@link #LINE_ROLE}N
 * (the line it starts on) or, for a block from an included file, {@link #INCLUDE_ROLE}N (the
 * line of the page's include directive); {@link #of} reads them back from an HTML element and
 * {@link #unmark} removes them from the output. Stateless.
 */
final class AsciidocBlockLines {

    /** Role prefix marking a block with the page line it starts on. */
    static final String LINE_ROLE = "docstack-line-";
    /** Role prefix marking a block from an included file with the page line of the include directive. */
    static final String INCLUDE_ROLE = "docstack-include-";
    /** Role prefix marking a block from an included file with the file's key and the block's line in it: {@code K-N}. */
    static final String FILE_ROLE = "docstack-file-";

    /**
     * Where the block holding an element starts.
     *
     * @param line     1-based page line, or 0 when no block says
     * @param included true when the block comes from an included file ({@code line} is then the
     *                 line of the include directive)
     * @param file     the included file's key ({@link AsciidocSession#fileKey}), or -1
     * @param fileLine the block's line in that file, or 0
     */
    record BlockLine(int line, boolean included, int file, int fileLine) {
        BlockLine(int line, boolean included) {
            this(line, included, -1, 0);
        }
    }

    private AsciidocBlockLines() {
    }

    /** Puts each block's page line on it as a role. */
    static void mark(org.asciidoctor.ast.Document document, AsciidocSession session) {
        for (StructuralNode node : document.findBy(Map.of())) {
            Cursor at = node.getSourceLocation();
            if (at == null || "document".equals(node.getContext())) {
                continue;
            }
            String file = at.getFile();
            if (file == null || file.isEmpty()) {
                node.addRole(LINE_ROLE + at.getLineNumber());
            } else if (session.pageLine(file, 0) > 0) {
                node.addRole(INCLUDE_ROLE + session.pageLine(file, 0));
                if (session.fileKey(file) >= 0) {
                    node.addRole(FILE_ROLE + session.fileKey(file) + "-" + at.getLineNumber());
                }
            }
        }
    }

    /** The line of the nearest marked block around {@code element}. */
    static BlockLine of(Element element) {
        for (Element block = element; block != null; block = block.parent()) {
            for (String name : block.classNames()) {
                if (name.startsWith(INCLUDE_ROLE)) {
                    String inFile = block.classNames().stream().filter(n -> n.startsWith(FILE_ROLE)).findFirst()
                            .map(n -> n.substring(FILE_ROLE.length())).orElse("-1-0");
                    int dash = inFile.lastIndexOf('-');
                    return new BlockLine(parse(name.substring(INCLUDE_ROLE.length())), true,
                            dash > 0 ? parse(inFile.substring(0, dash)) : -1, dash > 0 ? parse(inFile.substring(dash + 1)) : 0);
                }
                if (name.startsWith(LINE_ROLE)) {
                    return new BlockLine(parse(name.substring(LINE_ROLE.length())), false);
                }
            }
        }
        return new BlockLine(0, false);
    }

    /** Removes the roles, and the class attributes left empty. */
    static void unmark(Document document) {
        for (Element marked : document.select("[class*=" + LINE_ROLE + "], [class*=" + INCLUDE_ROLE + "], [class*=" + FILE_ROLE + "]")) {
            marked.classNames().stream().filter(AsciidocBlockLines::isMarker).toList().forEach(marked::removeClass);
            if (marked.classNames().isEmpty()) {
                marked.removeAttr("class");
            }
        }
    }

    private static boolean isMarker(String name) {
        return name.startsWith(LINE_ROLE) || name.startsWith(INCLUDE_ROLE) || name.startsWith(FILE_ROLE);
    }

    private static int parse(String number) {
        try {
            return Integer.parseInt(number);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
