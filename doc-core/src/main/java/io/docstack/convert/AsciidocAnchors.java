package io.docstack.convert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import io.docstack.model.Diagnostic;

/**
 * Finds ids that two elements of one AsciiDoc page share, and reports each as
 * {@code anchor.duplicate} at the second element, naming the line of the first:
 * <ul>
 * <li>ids Asciidoctor itself reported as "already in use" while parsing ({@link Reported}), so
 *     that they are reported once, under this rule, not as {@code parse.asciidoc};</li>
 * <li>ids it does not report but writes twice (inline anchors in list items, raw HTML in
 *     passthrough blocks);</li>
 * <li>a section whose generated id was taken by an explicit id written before it: Asciidoctor
 *     then silently gives the section {@code setup-2}, and links to {@code #setup} land on the
 *     other element.</li>
 * </ul>
 * Declarations ({@code [[id]]}, {@code [#id]}, {@code anchor:id[]}, {@code id=…}) are placed at
 * their line and column by searching the source from the block's first attribute line
 * ({@link AsciidocBlockLines}, {@link SourcePositions}); when none is found, at the line
 * Asciidoctor gave, without a column. An element from an included file is placed at the include
 * directive, like links; should Asciidoctor name the included file itself, its file and line are
 * kept. Not thread-safe; one instance per page.
 */
final class AsciidocAnchors {

    /** An id Asciidoctor reported as already in use: in {@code file} (null for the page) at {@code line}. */
    record Reported(String id, String file, int line) {
    }

    /** A section of the page whose id Asciidoctor generated from its title (HTML). */
    record GeneratedSection(String id, String title, int line) {
    }

    private static final Pattern ALREADY_IN_USE = Pattern.compile("id assigned to [a-z ]+ already in use: (\\S+)");
    private static final Pattern NUMBERED = Pattern.compile("(.+)-[0-9]+");
    /** A block attribute line ({@code [#id.role]}, {@code [[id]]}) or block title ({@code .Title}) above a block. */
    private static final Pattern ATTRIBUTE_LINE = Pattern.compile("\\s*(?:\\[.*]|\\.[^.\\s].*)\\s*");

    private final AsciidocSession session;
    private final SourcePositions positions;
    /** Elements with an id, by id, in document order. */
    private final Map<String, List<Element>> byId = new LinkedHashMap<>();
    private final Map<Element, int[]> located = new HashMap<>();
    /** Section headings whose id Asciidoctor generated: nothing in the source declares their id. */
    private final Set<Element> generatedHeadings = new HashSet<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private AsciidocAnchors(Document html, String source, AsciidocSession session, List<GeneratedSection> sections) {
        this.session = session;
        this.positions = new SourcePositions(source);
        for (Element element : html.select("[id]")) {
            byId.computeIfAbsent(element.id(), id -> new ArrayList<>()).add(element);
        }
        // A generated id was free when it was made, so its section is the first element with it.
        for (GeneratedSection section : sections) {
            Element first = byId.getOrDefault(section.id(), List.of()).stream().findFirst().orElse(null);
            if (first != null && first.normalName().matches("h[1-6]")) {
                generatedHeadings.add(first);
            }
        }
    }

    /** The id of an Asciidoctor "id assigned to … already in use: id" message, else null. */
    static String duplicateId(String message) {
        Matcher matcher = ALREADY_IN_USE.matcher(message == null ? "" : message);
        return matcher.matches() ? matcher.group(1) : null;
    }

    /**
     * The duplicate anchors of a converted page. {@code html} must still carry the block line
     * roles; {@code naturalId} gives the id Asciidoctor generates for a section title (HTML) when
     * no other id is in the way.
     */
    static List<Diagnostic> check(Document html, String source, AsciidocSession session,
                                  List<GeneratedSection> sections, UnaryOperator<String> naturalId) {
        AsciidocAnchors anchors = new AsciidocAnchors(html, source, session, sections);
        Set<String> reported = anchors.reported();
        anchors.unreported(reported);
        anchors.takenSectionIds(sections, naturalId);
        return anchors.diagnostics;
    }

    /** The duplicates Asciidoctor found, when the page could not be converted: no first line known. */
    static List<Diagnostic> unplaced(AsciidocSession session) {
        return session.reportedDuplicates().stream().map(r -> AnchorLedger.diagnostic(file(session, r), r.id(),
                r.line(), 0, "an earlier line", null)).toList();
    }

    private Set<String> reported() {
        Map<String, Integer> seen = new HashMap<>();
        for (Reported report : session.reportedDuplicates()) {
            List<Element> elements = byId.getOrDefault(report.id(), List.of());
            String first = elements.isEmpty() ? "an earlier line" : "line " + locate(elements.get(0))[0];
            int index = seen.merge(report.id(), 1, Integer::sum);
            int[] at = {report.line(), 0};
            if (report.file() == null && index < elements.size()) {
                int[] found = locate(elements.get(index));
                at = found[1] > 0 ? found : at;
            } else if (report.file() != null && !elements.isEmpty()) {
                first += " of " + session.page().displayPath();
            }
            diagnostics.add(AnchorLedger.diagnostic(file(session, report), report.id(), at[0], at[1], first, null));
        }
        return seen.keySet();
    }

    private void unreported(Set<String> reported) {
        byId.forEach((id, elements) -> {
            if (elements.size() < 2 || reported.contains(id)) {
                return;
            }
            int first = locate(elements.get(0))[0];
            for (Element element : elements.subList(1, elements.size())) {
                int[] at = locate(element);
                diagnostics.add(AnchorLedger.diagnostic(session.page().displayPath(), id, at[0], at[1],
                        "line " + first, null));
            }
        });
    }

    /** Sections numbered away from their title's id because an explicit id written earlier took it. */
    private void takenSectionIds(List<GeneratedSection> sections, UnaryOperator<String> naturalId) {
        Set<String> generated = new HashSet<>();
        sections.forEach(section -> generated.add(section.id()));
        for (GeneratedSection section : sections) {
            Matcher numbered = NUMBERED.matcher(section.id());
            if (!numbered.matches() || generated.contains(numbered.group(1)) || !byId.containsKey(numbered.group(1))) {
                continue;
            }
            String taken = numbered.group(1);
            // Only now the costly check: "Step 2" is called step-2 by its own title.
            if (taken.equals(naturalId.apply(section.title()))) {
                String note = "the section '" + Jsoup.parseBodyFragment(section.title()).text() + "' gets the id '"
                        + section.id() + "' instead";
                diagnostics.add(AnchorLedger.diagnostic(session.page().displayPath(), taken, section.line(), 1,
                        "line " + locate(byId.get(taken).get(0))[0], note));
            }
        }
    }

    /** Line and column where an element's id is declared (column 0 when not found); each declaration is claimed once. */
    private int[] locate(Element element) {
        return located.computeIfAbsent(element, e -> {
            AsciidocBlockLines.BlockLine block = AsciidocBlockLines.of(e);
            if (block.included()) {
                return new int[] {block.line(), 0};
            }
            if (generatedHeadings.contains(e)) {
                return new int[] {block.line(), 1};
            }
            String id = e.id();
            // Raw HTML of a passthrough block has no element to carry a line: search from the top.
            int from = block.line() == 0 ? 0 : firstAttributeLine(block.line());
            int[] at = positions.claim(List.of("[[" + id, "[#" + id, "anchor:" + id + "[", "id=" + id,
                    "id=\"" + id, "id='" + id), from);
            return at != null ? at : new int[] {block.line(), 0};
        });
    }

    /** The first of the attribute and title lines right above a block, where its id may be written. */
    private int firstAttributeLine(int blockLine) {
        int line = blockLine;
        while (line > 1 && ATTRIBUTE_LINE.matcher(positions.line(line - 1)).matches()) {
            line--;
        }
        return line;
    }

    private static String file(AsciidocSession session, Reported report) {
        return report.file() == null ? session.page().displayPath() : report.file();
    }
}
