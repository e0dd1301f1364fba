package io.docstack.convert;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import io.docstack.model.CrossProject;
import io.docstack.model.Link;

/**
 * Reads the body HTML Asciidoctor made for one page and records its references: every
 * {@code a[href]} and {@code img[src]} becomes a {@link Link} (in document order) and gets
 * {@link Link#placeholder()} in place of its URL, except the in-page links Asciidoctor generates
 * itself (section anchors and links, table of contents, footnotes).
 *
 * <p>Targets are recorded as the author wrote them, recovered from what Asciidoctor emits:
 * <ul>
 * <li>Inter-document xrefs ({@code xref:a.adoc#b[]}, {@code <<a.adoc#b,…>>}) are emitted with
 *     {@link #XREF_MARKER} in front (the converter sets it as {@code relfileprefix}), which tells
 *     them apart from {@code link:} macros. The rest is kept: {@code guide/install.adoc#prerequisites},
 *     or, when it starts with a project ({@code network:} or {@code network@2.1:}), the target with
 *     {@code xref:} in front: {@code xref:network:guide/ports.md#create-a-port}. Asciidoctor adds
 *     {@code .adoc} to a path without extension ({@code xref:a#b[]} gives {@code a.adoc#b}, kept
 *     so that the link stage sees a page path) and to a Markdown path in the {@code <<>>} form
 *     ({@code <<a.md#b>>} gives {@code a.md.adoc#b}, undone here).</li>
 * <li>In-page references ({@code <<id>>}, {@code xref:id[]}) are {@code #id}. An id that the page
 *     does not have and that holds a {@code :} ({@code xref:network:guide/ports[]}, which
 *     Asciidoctor reads as an id) is taken as a cross-project xref.</li>
 * <li>Other links and images keep their URL; an image's URL includes the document's
 *     {@code imagesdir}, as Asciidoctor emits it.</li>
 * </ul>
 * Positions come from {@link SourcePositions}, scoped by the line of each block
 * ({@link AsciidocBlockLines}); a link in a block from an included file is placed in that file
 * ({@link Link#file()}), at the include directive when it cannot be found there. Stateless.
 */
final class AsciidocLinks {

    /** Prefix Asciidoctor puts on inter-document xref URLs (the {@code relfileprefix} attribute). */
    static final String XREF_MARKER = "docstack-xref:";

    private static final Pattern PROJECT = Pattern.compile("^[A-Za-z0-9_][A-Za-z0-9_.-]*(@[^:/#]+)?:");
    /** A preprocessor conditional directive line: {@code ifdef::}, {@code ifndef::}, {@code ifeval::}, {@code endif::}. */
    private static final Pattern CONDITIONAL = Pattern.compile("(?:ifn?def|ifeval|endif)::\\S*\\[.*\\]\\s*$");
    private static final Pattern MARKDOWN_ADOC = Pattern.compile("\\.(md|markdown)\\.adoc(?=#|$)");

    /** The page's links in document order and every id it declares. */
    record Result(List<Link> links, Set<String> anchors) {
    }

    /** {@code xref:project[@version]:} at the start of a cross-project xref macro. */
    private static final Pattern PROJECT_XREF = Pattern.compile(
            "(?<![\\\\\\w])xref:(" + CrossProject.WRITTEN + "):(?=[^\\s\\[]*\\[)");
    /** {@code api:service[@version]:} at the start of an API reference macro ({@code api:image:listImages[]}). */
    private static final Pattern API_MACRO = Pattern.compile(
            "(?<![\\\\\\w])api:(" + CrossProject.WRITTEN + "):(?=[^\\s\\[]*\\[)");
    /** A protected macro left as text. */
    private static final Pattern PROTECTED_IN_TEXT = Pattern.compile(
            "(?<![\\w])(api|xref):(" + CrossProject.WRITTEN + ")%3A");
    /** The colon after the project, as {@link #protectProjectXrefs} writes it. */
    private static final String PROJECT_COLON = "%3A";
    private static final Pattern PROTECTED_PROJECT = Pattern.compile("^(" + CrossProject.WRITTEN + ")%3A");

    private AsciidocLinks() {
    }

    /**
     * Hides the colon after the project of {@code xref:project:path[]} from Asciidoctor. Its inline
     * macros are matched anywhere in a line, so {@code xref:image:a.md[]} would otherwise become an
     * image of {@code a.md} (likewise {@code icon:}, {@code link:} …). The colon comes back in
     * {@link #process}. API reference macros get the same treatment ({@code api:image:listImages[]}
     * holds {@code image:listImages[]}); {@link ApiInlineMacro} puts their colon back.
     */
    static String protectProjectXrefs(String source) {
        String protectedApi = source.indexOf("api:") < 0 ? source
                : API_MACRO.matcher(source).replaceAll("api:$1" + PROJECT_COLON);
        return protectedApi.indexOf("xref:") < 0 ? protectedApi
                : PROJECT_XREF.matcher(protectedApi).replaceAll("xref:$1" + PROJECT_COLON);
    }

    /**
     * Undoes {@link #protectProjectXrefs} in text that Asciidoctor did not read as a macro: a
     * listing, a literal or a passthrough showing {@code api:compute:listServers[]} shows it as
     * written.
     */
    private static void restoreProtectedColons(Document document) {
        if (!document.html().contains(PROJECT_COLON)) {
            return;
        }
        for (Element element : document.getAllElements()) {
            for (TextNode text : element.textNodes()) {
                String value = text.getWholeText();
                if (value.contains(PROJECT_COLON)) {
                    text.text(PROTECTED_IN_TEXT.matcher(value).replaceAll("$1:$2:"));
                }
            }
        }
    }

    /** Undoes {@link #protectProjectXrefs} on an {@code api:} macro's target. */
    static String unprotectApiTarget(String target) {
        return PROTECTED_PROJECT.matcher(target).replaceFirst("$1:");
    }

    /** The body HTML Asciidoctor made, as a jsoup document written back without reformatting. */
    static Document parse(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        return document;
    }

    /**
     * Records the links of {@code document} and puts placeholders in place of their targets.
     * Needs the block line roles ({@link AsciidocBlockLines}) still in place.
     */
    static Result process(Document document, String source, String imagesdir) {
        return process(document, source, imagesdir, false);
    }

    /**
     * Like {@link #process(Document, String, String)}; with {@code antora}, every inter-document
     * xref keeps its {@code xref:} prefix, since Antora reads {@code xref:topic/page.adoc} from the
     * module's pages folder, not from the page's folder as a {@code link:} is.
     */
    static Result process(Document document, String source, String imagesdir, boolean antora) {
        return process(document, source, imagesdir, antora, null);
    }

    /**
     * Like {@link #process(Document, String, String, boolean)}; with the conversion's
     * {@code session}, a link in a block of an included file is placed in that file.
     */
    static Result process(Document document, String source, String imagesdir, boolean antora, AsciidocSession session) {
        restoreProtectedColons(document);
        Set<String> anchors = new LinkedHashSet<>();
        for (Element element : document.select("[id]")) {
            anchors.add(element.id());
        }
        SourcePositions positions = new SourcePositions(source);
        List<Link> links = new ArrayList<>();
        for (Element element : document.select("a[href], img[src], code")) {
            if (element.nameIs("code")) {
                addCodeReference(element, positions, links);
                continue;
            }
            boolean image = element.nameIs("img");
            if (!image && generated(element)) {
                continue;
            }
            String url = element.attr(image ? "src" : "href");
            List<String> spellings = new ArrayList<>();
            String target = image ? image(url, imagesdir, spellings) : link(element, url, anchors, spellings, antora);
            AsciidocBlockLines.BlockLine block = AsciidocBlockLines.of(element);
            AsciidocSession.IncludedFile in = block.included() && session != null ? session.includedFile(block.file()) : null;
            int[] found = in == null ? null : claim(in.positions(), spellings, block.fileLine());
            if (found == null && !block.included() && session != null) {
                // Asciidoctor places the last block of an included file at the page's include directive.
                for (AsciidocSession.IncludedFile file : session.includedAt(block.line())) {
                    found = file.positions().claim(spellings, 1);
                    if (found != null) {
                        in = file;
                        break;
                    }
                }
            }
            int[] position = found != null ? found : position(element, spellings, positions);
            Link link = new Link(links.size(), image ? Link.Kind.IMAGE : Link.Kind.LINK, target, position[0], position[1],
                    false, found != null ? in.displayPath() : null);
            element.attr(image ? "src" : "href", link.placeholder());
            links.add(link);
        }
        for (AsciidocRequests.ApiLinkAt request : AsciidocRequests.scan(source)) {
            links.add(new Link(links.size(), Link.Kind.REQUEST, request.target(), request.line(), request.column()));
        }
        return new Result(links, anchors);
    }

    /** Monospace text that is an {@code api:} reference: recorded, and made a link to the operation. */
    private static void addCodeReference(Element code, SourcePositions positions, List<Link> links) {
        String text = code.text().strip();
        if (code.closest("pre, a") != null || !ApiMentions.isReference(text)) {
            return;
        }
        int[] position = position(code, List.of(text), positions);
        Link link = new Link(links.size(), Link.Kind.CODE, text, position[0], position[1]);
        code.wrap("<a class=\"api-ref\"></a>");
        code.parent().attr("href", link.placeholder());
        links.add(link);
    }

    /** In-page links Asciidoctor adds by itself; they need no checking and keep their href. */
    private static boolean generated(Element a) {
        String href = a.attr("href");
        if (a.hasClass("footnote") || href.startsWith("#_footnotedef_") || href.startsWith("#_footnoteref_")) {
            return true;
        }
        Element parent = a.parent();
        if ((a.hasClass("anchor") || a.hasClass("link")) && parent != null && parent.normalName().matches("h[1-6]")
                && href.equals("#" + parent.id())) {
            return true;
        }
        return href.startsWith("#") && a.closest("#toc, .toc") != null;
    }

    private static String link(Element a, String href, Set<String> anchors, List<String> spellings, boolean antora) {
        if (href.startsWith(XREF_MARKER)) {
            for (TextNode text : a.textNodes()) {
                if (text.getWholeText().startsWith(XREF_MARKER)) {
                    text.text(text.getWholeText().substring(XREF_MARKER.length()));
                }
            }
            String written = MARKDOWN_ADOC.matcher(href.substring(XREF_MARKER.length())).replaceFirst(".$1");
            written = PROTECTED_PROJECT.matcher(written).replaceFirst("$1:");
            addXrefSpellings(written, spellings);
            return antora || PROJECT.matcher(written).find() ? "xref:" + written : written;
        }
        if (href.startsWith("#")) {
            String id = PROTECTED_PROJECT.matcher(href.substring(1)).replaceFirst("$1:");
            spellings.addAll(List.of("<<" + id, "xref:" + id));
            if (!anchors.contains(id) && id.contains(":")) {
                return "xref:" + id;
            }
            spellings.add("#" + id);
            return "#" + id;
        }
        spellings.addAll(List.of("link:" + href, href));
        if (href.startsWith("mailto:")) {
            spellings.add(href.substring("mailto:".length()));
        }
        return href;
    }

    /** The forms an inter-document xref may have had: with or without the {@code .adoc} Asciidoctor adds. */
    private static void addXrefSpellings(String written, List<String> spellings) {
        int hash = written.indexOf('#');
        String path = hash < 0 ? written : written.substring(0, hash);
        String fragment = hash < 0 ? "" : written.substring(hash);
        List<String> forms = new ArrayList<>(List.of(written));
        if (path.endsWith(".adoc")) {
            forms.add(path.substring(0, path.length() - ".adoc".length()) + fragment);
        }
        for (String form : forms) {
            spellings.addAll(List.of("xref:" + form, "<<" + form, form));
        }
    }

    private static String image(String src, String imagesdir, List<String> spellings) {
        List<String> forms = new ArrayList<>(List.of(src));
        String folder = imagesdir == null ? "" : imagesdir.replaceAll("/+$", "");
        if (!folder.isEmpty() && src.startsWith(folder + "/")) {
            forms.add(src.substring(folder.length() + 1));
        }
        for (String form : forms) {
            spellings.addAll(List.of("image::" + form, "image:" + form, form));
        }
        return src;
    }

    private static int[] position(Element element, List<String> spellings, SourcePositions positions) {
        AsciidocBlockLines.BlockLine block = AsciidocBlockLines.of(element);
        if (block.included()) {
            return new int[] {Math.max(1, block.line()), 1};
        }
        int[] found = claim(positions, spellings, block.line());
        return found != null ? found : new int[] {Math.max(1, block.line()), 1};
    }

    /**
     * Where a spelling is, from the block's line on; else in the block that ends before the
     * conditional directives Asciidoctor's line points at: its sourcemap puts a block followed by
     * {@code endif::[]} lines at the last of them.
     */
    private static int[] claim(SourcePositions positions, List<String> spellings, int blockLine) {
        int[] found = positions.claim(spellings, blockLine);
        if (found != null || blockLine <= 1) {
            return found;
        }
        int start = blockLine;
        while (start > 1 && CONDITIONAL.matcher(positions.line(start)).lookingAt()) {
            start--;
        }
        while (start > 1 && !positions.line(start - 1).isBlank() && !CONDITIONAL.matcher(positions.line(start - 1)).lookingAt()) {
            start--;
        }
        return start < blockLine ? positions.claim(spellings, start) : null;
    }
}
