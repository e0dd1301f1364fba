package io.docstack.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.asciidoctor.ast.Cursor;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.jsoup.Jsoup;

import io.docstack.model.Diagnostic;
import io.docstack.model.Heading;
import io.docstack.model.Rules;

/**
 * What a loaded Asciidoctor document says about itself: title, description and order attributes,
 * its sections as headings, and which section ids Asciidoctor generated. Stateless.
 */
final class AsciidocOutline {

    private AsciidocOutline() {
    }

    /** Sections of the page itself (not of included files) whose id Asciidoctor generated. */
    static List<AsciidocAnchors.GeneratedSection> generatedSections(Document document) {
        List<AsciidocAnchors.GeneratedSection> sections = new ArrayList<>();
        for (StructuralNode node : document.findBy(Map.of("context", ":section"))) {
            Cursor at = node.getSourceLocation();
            boolean inPage = at != null && (at.getFile() == null || at.getFile().isEmpty());
            if (node instanceof Section section && !"header".equals(section.getSectionName()) && inPage
                    && section.getId() != null && section.getAttribute("id") == null) {
                sections.add(new AsciidocAnchors.GeneratedSection(section.getId(), section.getTitle(), at.getLineNumber()));
            }
        }
        return sections;
    }

    /** The sections, with the line of their title in the page (of the include directive for included ones). */
    static List<Heading> headings(Document document, AsciidocSession session) {
        List<Heading> headings = new ArrayList<>();
        for (StructuralNode section : document.findBy(Map.of("context", ":section"))) {
            if (section instanceof Section found && "header".equals(found.getSectionName())) {
                continue; // the document title, which find_by visits too
            }
            Cursor at = section.getSourceLocation();
            int line = at == null ? 0 : session.pageLine(at.getFile(), at.getLineNumber());
            String id = section.getId() == null ? "" : section.getId();
            int level = Math.min(6, section.getLevel() + 1);
            headings.add(new Heading(level, plain(section.getTitle()), id, line));
        }
        return headings;
    }

    /** The document title from the header ({@code = Title}) or a {@code title} attribute, else null. */
    static String title(Document document) {
        // getDoctitle() falls back to the first section's title, which is not an explicit title.
        if (!document.hasAttribute("doctitle") && !document.hasAttribute("title")) {
            return null;
        }
        String title = document.getDoctitle();
        return title == null || title.isBlank() ? null : plain(title);
    }

    /** The {@code page-order} (or {@code order}) attribute; a warning when it is not a number. */
    static Integer order(Document document, AsciidocSession session) {
        String name = document.hasAttribute("page-order") ? "page-order" : "order";
        String value = string(document, name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            session.report(Diagnostic.warning(Rules.PARSE_ASCIIDOC, session.page().displayPath(), 0, 0,
                    "attribute '" + name + "' is not a whole number: " + value, "write it as :" + name + ": 10"));
            return null;
        }
    }

    /** A document attribute as stripped text, or null when unset or blank. */
    static String string(Document document, String name) {
        Object value = document.getAttribute(name);
        String text = value == null ? "" : value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    private static String plain(String html) {
        return Jsoup.parseBodyFragment(html).text().replace(AsciidocLinks.XREF_MARKER, "");
    }
}
