package io.docstack.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import io.docstack.model.Heading;
import io.docstack.model.Page;

/**
 * Cuts the HTML of one page into sections at its {@code h1}–{@code h3} headings that have an id,
 * as plain text. The text before the first such heading is the lead section, under the page URL.
 * Stateless; thread-safe.
 */
final class PageSections {

    private static final Set<String> SECTION_HEADINGS = Set.of("h1", "h2", "h3");
    /** Elements whose text is not content: never shown, never searched. */
    private static final Set<String> SKIPPED = Set.of("script", "style", "template", "noscript");

    private PageSections() {
    }

    static List<SearchDocument> of(Page page) {
        String pageUrl = page.sitePath().value();
        Map<String, String> headingText = page.headings().stream()
                .collect(Collectors.toMap(Heading::id, Heading::text, (a, b) -> a));
        Collector collector = new Collector(page, pageUrl, headingText::get);
        NodeTraversor.traverse(collector, Jsoup.parseBodyFragment(page.html()).body());
        return collector.finish();
    }

    /** Walks the body in document order, starting a new section at every section heading. */
    private static final class Collector implements NodeVisitor {
        private final Page page;
        private final String pageUrl;
        private final Function<String, String> headingText;
        private final List<SearchDocument> sections = new ArrayList<>();
        private String title;
        private String url;
        private final PlainText text = new PlainText();
        private boolean sawSectionHeading;
        private int skipDepth;

        Collector(Page page, String pageUrl, Function<String, String> headingText) {
            this.page = page;
            this.pageUrl = pageUrl;
            this.headingText = headingText;
            this.title = page.title();
            this.url = pageUrl;
        }

        @Override
        public void head(Node node, int depth) {
            if (skipDepth > 0) {
                skipDepth++;
                return;
            }
            if (node instanceof TextNode textNode) {
                text.append(textNode.getWholeText());
            } else if (node instanceof Element element) {
                if (SKIPPED.contains(element.normalName())) {
                    skipDepth = 1;
                } else if (isSectionHeading(element)) {
                    flush();
                    sawSectionHeading = true;
                    String known = headingText.apply(element.id());
                    title = known != null ? known : element.text();
                    url = pageUrl + "#" + element.id();
                    skipDepth = 1; // the heading's text is the title, not body text
                } else if (element.isBlock() || element.normalName().equals("br")) {
                    text.space();
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (skipDepth > 0) {
                skipDepth--;
            } else if (node instanceof Element element && element.isBlock()) {
                text.space();
            }
        }

        private static boolean isSectionHeading(Element element) {
            return SECTION_HEADINGS.contains(element.normalName()) && !element.id().isEmpty();
        }

        private void flush() {
            String plain = text.take();
            boolean lead = !sawSectionHeading;
            // An empty lead section is kept only when it is the page's only trace (no heading at all).
            if (!plain.isEmpty() || !lead) {
                sections.add(new SearchDocument(page.project().name(), page.project().version(), page.title(), title,
                        plain, url, SearchDocument.Kind.PAGE));
            }
        }

        List<SearchDocument> finish() {
            flush();
            if (sections.isEmpty()) {
                sections.add(new SearchDocument(page.project().name(), page.project().version(), page.title(),
                        page.title(), "", pageUrl, SearchDocument.Kind.PAGE));
            }
            return sections;
        }
    }

    /** Collapses runs of whitespace (including no-break spaces) into one space and trims. */
    static String normalize(CharSequence text) {
        PlainText plain = new PlainText();
        plain.append(text);
        return plain.take();
    }

    /**
     * Text collapsed as {@link #normalize} does while it is appended, so that a section's text is
     * copied once (a page's text nodes are many; a raw buffer normalized at the end was a second
     * copy of every section). Not thread-safe.
     */
    static final class PlainText {
        private final StringBuilder out = new StringBuilder();
        private boolean space;

        void append(CharSequence text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (isSpace(c)) {
                    space = !out.isEmpty();
                } else {
                    if (space) {
                        out.append(' ');
                        space = false;
                    }
                    out.append(c);
                }
            }
        }

        /** Same as appending one space. */
        void space() {
            space = !out.isEmpty();
        }

        /** The text so far, trimmed; then starts over. */
        String take() {
            String text = out.toString();
            out.setLength(0);
            space = false;
            return text;
        }

        private static boolean isSpace(char c) {
            // Printable ASCII first: most characters, and never a space of either kind.
            return (c <= ' ' || c >= 0x7f) && (Character.isWhitespace(c) || Character.isSpaceChar(c));
        }
    }
}
