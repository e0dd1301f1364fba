package io.docstack.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import io.docstack.model.Diagnostic;
import io.docstack.model.Link;
import io.docstack.model.Rules;
import io.docstack.model.UrlPolicy;

/**
 * Sanitizes the body HTML of a page whose content is not trusted (from a git source or a bundle
 * not marked trusted): whatever its raw HTML, AsciiDoc passthroughs or attribute lists wrote, only
 * the elements and attributes of jsoup's {@link Safelist} (the relaxed one, widened by what
 * Docstack's own Markdown and AsciiDoc output uses) are kept, and every URL attribute passes
 * {@link UrlPolicy}.
 *
 * <ul>
 * <li>{@code <script>}, {@code <style>}, {@code <iframe>}, {@code <object>}, {@code <embed>},
 *     {@code <form>} and the other elements of {@link #DROPPED} are removed with their content;</li>
 * <li>{@code <svg>} is kept only with {@code <use>} of an icon of the page ({@code href="#…"}), as
 *     the admonitions of Markdown pages write it; its other elements are removed;</li>
 * <li>any other element outside the safelist is removed and its content kept;</li>
 * <li>attributes outside the safelist ({@code on*} handlers, {@code style} but on table cells
 *     and columns, {@code srcdoc} …) are removed;</li>
 * <li>a URL attribute that {@link UrlPolicy} refuses is removed with a {@code link.scheme}
 *     error. Link and image placeholders are kept: the link stage judges their URLs.</li>
 * </ul>
 *
 * Each removal is one {@code html.removed} warning (or {@code link.scheme} error) at the place the
 * page's source spells it, found by {@link SourcePositions}; after {@value #MAX_REPORTED} removals
 * the rest of the page's are counted in one more warning. Stateless and thread-safe.
 */
final class UntrustedHtml {

    /** Most removals reported one by one per page; a page of a thousand handlers gets one summary for the rest. */
    static final int MAX_REPORTED = 50;

    /** Elements removed with their content: they run script, load other documents, style or submit. */
    static final Set<String> DROPPED = Set.of("script", "style", "iframe", "frame", "frameset", "object", "embed",
            "applet", "noscript", "template", "form", "math", "base", "meta", "link", "title", "head",
            "textarea", "select", "portal", "fencedframe");

    /** Attributes whose value is a URL; {@code src} of an image and {@code poster} load an image. */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "cite", "poster");

    private static final Pattern PLACEHOLDER = Pattern.compile(Pattern.quote(Link.PLACEHOLDER_PREFIX) + "\\d+");

    private static final Safelist SAFELIST = safelist();

    private UntrustedHtml() {
    }

    /** Relaxed, with what Docstack's converters write (task lists, admonitions, media, code languages). */
    private static Safelist safelist() {
        Safelist safelist = new Safelist()
                .addTags("a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col", "colgroup",
                        "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3",
                        "h4", "h5", "h6", "hr", "i", "img", "input", "ins", "kbd", "label", "li", "mark", "ol", "p", "pre",
                        "q", "rp", "rt", "ruby", "s", "samp", "section", "small", "span", "strike", "strong", "sub",
                        "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var",
                        "wbr", "video", "audio", "source", "track", "aside", "article", "header", "footer", "nav",
                        "svg", "use")
                .addAttributes(":all", "class", "id", "title", "lang", "dir", "role", "aria-label", "aria-hidden",
                        "aria-labelledby", "aria-describedby", "data-lang")
                .addAttributes("a", "href", "name", "target", "rel", "hreflang", "type")
                .addAttributes("img", "src", "alt", "width", "height", "loading")
                .addAttributes("blockquote", "cite").addAttributes("q", "cite").addAttributes("del", "cite", "datetime")
                .addAttributes("ins", "cite", "datetime").addAttributes("time", "datetime")
                .addAttributes("ol", "start", "type", "reversed").addAttributes("ul", "type").addAttributes("li", "value")
                .addAttributes("table", "width").addAttributes("col", "span", "width", "style")
                .addAttributes("colgroup", "span", "width")
                .addAttributes("td", "colspan", "rowspan", "align", "valign", "style", "width")
                .addAttributes("th", "colspan", "rowspan", "align", "valign", "style", "width", "scope", "abbr")
                .addAttributes("input", "type", "checked", "disabled", "readonly").addAttributes("details", "open")
                .addAttributes("use", "href", "xlink:href")
                .addAttributes("video", "src", "poster", "controls", "width", "height", "loop", "muted", "preload")
                .addAttributes("audio", "src", "controls", "loop", "muted", "preload")
                .addAttributes("source", "src", "type").addAttributes("track", "src", "kind", "srclang", "label");
        return safelist;
    }

    /**
     * Removes from the children of {@code root} what the safelist does not allow; returns one
     * diagnostic per removal, placed by {@code positions} in {@code displayPath}. {@code blockLine}
     * gives the source line of the block an element is in (0 when unknown): AsciiDoc's block marks.
     */
    static List<Diagnostic> clean(Element root, SourcePositions positions, String displayPath,
                                  ToIntFunction<Element> blockLine) {
        Report report = new Report(positions, displayPath, blockLine);
        List<Element> unwrapped = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element element) || element == root) {
                    return FilterResult.CONTINUE;
                }
                String tag = element.normalName();
                if (DROPPED.contains(tag)) {
                    report.removed(element, "<" + tag + "> element removed with its content", List.of("<" + tag));
                    return FilterResult.REMOVE;
                }
                if (!SAFELIST.isSafeTag(tag)) {
                    report.removed(element, "<" + tag + "> element removed (its content is kept)", List.of("<" + tag));
                    unwrapped.add(element);
                }
                cleanAttributes(element, tag, report);
                return FilterResult.CONTINUE;
            }
        }, root);
        // Innermost first, so that each unwrapped element still has its parent.
        for (int i = unwrapped.size() - 1; i >= 0; i--) {
            unwrapped.get(i).unwrap();
        }
        return report.diagnostics();
    }

    private static void cleanAttributes(Element element, String tag, Report report) {
        List<Attribute> removed = new ArrayList<>();
        for (Attribute attribute : element.attributes()) {
            String key = attribute.getKey();
            boolean safe = SAFELIST.isSafeTag(tag) && SAFELIST.isSafeAttribute(tag, element, attribute);
            if (!safe) {
                String why = key.toLowerCase(Locale.ROOT).startsWith("on") ? " (an event handler runs script)" : "";
                report.removed(element, "attribute " + key + " of <" + tag + "> removed" + why, List.of(key + "=", key));
                removed.add(attribute);
            } else if (tag.equals("use") && !attribute.getValue().startsWith("#")) {
                // An icon of the page itself; another document's SVG is not ours to show.
                report.removed(element, "attribute " + key + " of <use> removed (only icons of the page, #id, are kept)",
                        List.of(key + "=", key));
                removed.add(attribute);
            } else if (URL_ATTRIBUTES.contains(key) && !PLACEHOLDER.matcher(attribute.getValue()).matches()) {
                boolean image = tag.equals("img") || key.equals("poster");
                String url = attribute.getValue();
                if (image ? !UrlPolicy.allowedImage(url) : !UrlPolicy.allowed(url)) {
                    report.refused(element, key + " of <" + tag + ">", url, List.of(key + "=", key));
                    removed.add(attribute);
                }
            }
        }
        removed.forEach(attribute -> element.removeAttr(attribute.getKey()));
    }

    /** The diagnostics of one page's removals, at most {@link #MAX_REPORTED} of them one by one. */
    private static final class Report {
        private final SourcePositions positions;
        private final String displayPath;
        private final ToIntFunction<Element> blockLine;
        private final List<Diagnostic> diagnostics = new ArrayList<>();
        private int unreported;

        Report(SourcePositions positions, String displayPath, ToIntFunction<Element> blockLine) {
            this.positions = positions;
            this.displayPath = displayPath;
            this.blockLine = blockLine;
        }

        void removed(Element element, String message, List<String> spellings) {
            if (counted()) {
                int[] at = position(element, spellings);
                diagnostics.add(Diagnostic.warning(Rules.HTML_REMOVED, displayPath, at[0], at[1],
                        message + ": this content is not trusted",
                        "write it without raw HTML, or mark its source trusted if it is your own"));
            }
        }

        void refused(Element element, String what, String url, List<String> spellings) {
            if (counted()) {
                int[] at = position(element, spellings);
                diagnostics.add(UrlPolicy.refused(displayPath, at[0], at[1], what, url));
            }
        }

        private boolean counted() {
            if (diagnostics.size() < MAX_REPORTED) {
                return true;
            }
            unreported++;
            return false;
        }

        /** Where the source spells it: searched in any case, from its block's line; 0:0 when not found. */
        private int[] position(Element element, List<String> spellings) {
            List<String> cases = new ArrayList<>();
            for (String spelling : spellings) {
                cases.add(spelling);
                cases.add(spelling.toUpperCase(Locale.ROOT));
            }
            int line = blockLine.applyAsInt(element);
            int[] found = positions.claim(cases, line);
            return found != null ? found : new int[] {Math.max(0, line), 0};
        }

        List<Diagnostic> diagnostics() {
            if (unreported > 0) {
                diagnostics.add(Diagnostic.warning(Rules.HTML_REMOVED, displayPath, 0, 0,
                        unreported + " more elements or attributes removed from this untrusted page",
                        "only the first " + MAX_REPORTED + " removals of a page are reported one by one"));
            }
            return diagnostics;
        }
    }
}
