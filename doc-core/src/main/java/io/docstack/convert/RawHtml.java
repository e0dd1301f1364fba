package io.docstack.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * Finds what a fragment of raw HTML written in a Markdown page declares: ids ({@code id="…"} on
 * any element, {@code name="…"} on {@code <a>}), links ({@code a[href]}) and images
 * ({@code img[src]}), each with where its value is written in the fragment so that it can be
 * placed in the page and swapped for a placeholder.
 *
 * <p>The fragment may be a whole HTML block or a single opening tag (Flexmark splits inline HTML
 * into one node per tag). It is parsed with jsoup as the content of a {@code <template>}, where
 * table parts ({@code <tr>}, {@code <td>}) are kept on their own, with source positions tracked.
 * Empty values are left out; refused URLs ({@code javascript:} …) are found like any other, so
 * that they get placeholders and the link stage writes {@code #} for them. Stateless and thread-safe.
 */
final class RawHtml {

    /** What an attribute declares. */
    enum Kind { ID, LINK, IMAGE }

    /**
     * One declaring attribute.
     *
     * @param kind    anchor, link or image
     * @param value   the value, entities decoded
     * @param element ordinal of the element in the fragment: one element's {@code id} and
     *                {@code name} are one anchor, not two
     * @param start   offset of the value in the fragment
     * @param end     offset after the value, after its closing quote when it is quoted
     * @param from    offset of the value's opening quote, or of the value when it is not quoted
     */
    record Found(Kind kind, String value, int element, int start, int end, int from) {
    }

    /** Cheap test run before parsing: most raw HTML (a {@code <br>}, a closing tag) declares nothing. */
    private static final Pattern MAY_DECLARE = Pattern.compile("(?i)(?:href|src|id|name)\\s*=");

    private RawHtml() {
    }

    /** Whether {@code html} may declare something; false means {@link #scan} would find nothing. */
    static boolean mayDeclare(CharSequence html) {
        return MAY_DECLARE.matcher(html).find();
    }

    /** What {@code html} declares, in document order. */
    static List<Found> scan(String html) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        List<Found> found = new ArrayList<>();
        int[] ordinal = {0};
        for (Node root : parser.parseFragmentInput(html, new Element("template"), "")) {
            root.forEachNode(node -> {
                if (node instanceof Element element) {
                    collect(element, ordinal[0]++, html, found);
                }
            });
        }
        return inSourceOrder(found);
    }

    /**
     * Each attribute of the source once, in source order: the HTML parser re-opens an unclosed
     * formatting element ({@code <a href=…>x</div>…}) as a copy that carries the original's source
     * positions, so tree order can repeat an attribute, and after an earlier one.
     */
    private static List<Found> inSourceOrder(List<Found> found) {
        List<Found> sorted = new ArrayList<>(found);
        sorted.sort(java.util.Comparator.comparingInt(Found::from));
        List<Found> once = new ArrayList<>(sorted.size());
        int end = -1;
        for (Found f : sorted) {
            if (f.from() >= end) {
                once.add(f);
                end = f.end();
            }
        }
        return once;
    }

    private static void collect(Element element, int ordinal, String html, List<Found> found) {
        String tag = element.normalName();
        for (Attribute attribute : element.attributes()) {
            Kind kind = switch (attribute.getKey()) {
                case "id" -> Kind.ID;
                case "name" -> tag.equals("a") ? Kind.ID : null;
                case "href" -> tag.equals("a") ? Kind.LINK : null;
                case "src" -> tag.equals("img") ? Kind.IMAGE : null;
                default -> null;
            };
            Range value = attribute.sourceRange().valueRange();
            if (kind == null || attribute.getValue().isEmpty() || !value.isTracked()) {
                continue;
            }
            int start = value.startPos();
            int end = value.endPos();
            char before = start > 0 ? html.charAt(start - 1) : 0;
            boolean quoted = (before == '"' || before == '\'') && end < html.length() && html.charAt(end) == before;
            found.add(new Found(kind, attribute.getValue(), ordinal, start, quoted ? end + 1 : end,
                    quoted ? start - 1 : start));
        }
    }
}
