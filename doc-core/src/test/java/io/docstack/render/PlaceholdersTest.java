package io.docstack.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.docstack.link.ResolvedLink;
import io.docstack.model.Link;

class PlaceholdersTest {

    private static List<ResolvedLink> links(String... hrefs) {
        List<ResolvedLink> links = new ArrayList<>();
        for (int i = 0; i < hrefs.length; i++) {
            links.add(new ResolvedLink(new Link(i, Link.Kind.LINK, "t" + i, 1, 1), hrefs[i], null, null, false));
        }
        return links;
    }

    @Test
    void placeholdersInAttributesBecomeTheResolvedUrlsEscaped() {
        String html = "<a href=\"docstack-link:0\">a</a><img src=\"docstack-link:1\" /><a href=\"docstack-link:2\">c</a>";
        assertThat(Placeholders.replace(html, links("guide/a.html#x", "img/p.png", "a.html?x=1&y=\"2\"")))
                .isEqualTo("<a href=\"guide/a.html#x\">a</a><img src=\"img/p.png\" />"
                        + "<a href=\"a.html?x=1&amp;y=&quot;2&quot;\">c</a>");
    }

    @Test
    void indexesWithSeveralDigits() {
        String[] hrefs = new String[12];
        for (int i = 0; i < hrefs.length; i++) {
            hrefs[i] = "p" + i + ".html";
        }
        assertThat(Placeholders.replace("<a href=\"docstack-link:11\">x</a><a href=\"docstack-link:1\">y</a>", links(hrefs)))
                .isEqualTo("<a href=\"p11.html\">x</a><a href=\"p1.html\">y</a>");
    }

    @Test
    void unknownIndexesAreLeftAsTheyAre() {
        String html = "<a href=\"docstack-link:7\">x</a><a href=\"docstack-link:\">y</a>";
        assertThat(Placeholders.replace(html, links("a.html"))).isEqualTo(html);
        assertThat(Placeholders.replace("no links", links())).isEqualTo("no links");
    }

    @Test
    void placeholderTextWrittenByTheAuthorIsLeftAlone() {
        // A page documenting Docstack itself may show the placeholder syntax in text or code.
        String html = "<p>Links become <code>docstack-link:0</code> until docstack-link:0 is rendered.</p>"
                + "<a href=\"docstack-link:0\">real</a>";
        assertThat(Placeholders.replace(html, links("guide.html"))).isEqualTo(
                "<p>Links become <code>docstack-link:0</code> until docstack-link:0 is rendered.</p>"
                        + "<a href=\"guide.html\">real</a>");
    }

    @Test
    void emptyLinksGetTheTitleOfWhatTheyReachEscaped() {
        String html = "<a href=\"docstack-link:0\"></a> <a href=\"docstack-link:1\" class=\"api-ref\"></a>"
                + " <a href=\"docstack-link:2\">kept</a> <a href=\"docstack-link:3\"></a>";
        String out = Placeholders.replace(html, links("a.html", "api/servers.html#showServer", "b.html", "c.html"),
                link -> link.href().equals("c.html") ? null : "Show <server> " + link.link().index());
        assertThat(out).isEqualTo("<a href=\"a.html\">Show &lt;server&gt; 0</a>"
                + " <a href=\"api/servers.html#showServer\" class=\"api-ref\">Show &lt;server&gt; 1</a>"
                + " <a href=\"b.html\">kept</a> <a href=\"c.html\"></a>");
    }

    @Test
    void aLinkThatLeadsNowhereKeepsItsTextAndGetsTheUnresolvedClassInsteadOfAnHref() {
        Link xref = new Link(0, Link.Kind.LINK, "xref:missing.adoc", 1, 1);
        Link empty = new Link(1, Link.Kind.LINK, "xref:gone.adoc", 1, 9);
        Link image = new Link(2, Link.Kind.IMAGE, "nope.png", 1, 20);
        List<ResolvedLink> links = List.of(new ResolvedLink(xref, "xref:missing.adoc", null, null, true),
                new ResolvedLink(empty, "xref:gone.adoc", null, null, true),
                new ResolvedLink(image, "nope.png", null, null, true));
        String html = "<a href=\"docstack-link:0\" class=\"page\">Missing</a> <a href=\"docstack-link:1\"></a>"
                + " <img src=\"docstack-link:2\" alt=\"x\">";

        assertThat(Placeholders.replace(html, links)).isEqualTo("<a class=\"unresolved page\">Missing</a>"
                + " <a class=\"unresolved\">gone.adoc</a> <img src=\"nope.png\" alt=\"x\">");
    }
}
