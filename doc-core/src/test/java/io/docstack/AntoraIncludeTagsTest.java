package io.docstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.build.BuildResult;
import io.docstack.config.SiteConfig;

/**
 * Include filters as Asciidoctor defines them ({@code tag=a}, {@code tag=!a}, {@code tags=a;b},
 * {@code tags=a;!inner}, {@code tags=**}, {@code tags=*}, {@code tags=!*}, {@code tags=**;!b},
 * {@code tags=*;!inner}, empty {@code tag=}/{@code tags=}, {@code lines}), each through an
 * {@code example$} and a {@code partial$} resource id and a plain relative path, on the fixture
 * {@code antora/include-tags}. Antora 3.1.10 builds its {@code playbook.yml} with no warning;
 * {@code antora-output.txt} holds the text of each listing as Antora wrote it.
 */
class AntoraIncludeTagsTest {

    @TempDir
    Path out;

    @Test
    void everyTagAndLineSelectorIncludesWhatAntoraIncludes() {
        Path fixture = TestFiles.resource("antora/include-tags");
        SiteConfig config = TestFiles.site(fixture, out).antoraSource(Path.of("docs")).build();
        BuildResult result = Docstack.build(config);

        assertThat(result.diagnostics()).isEmpty();
        Document page = Jsoup.parse(TestFiles.read(out.resolve("tags/1.0/index.html")));
        Map<String, String> docstack = new LinkedHashMap<>();
        for (Element listing : page.select(".listingblock[id]")) {
            docstack.put(listing.id(), listing.selectFirst("pre").wholeText());
        }
        Map<String, String> antora = new LinkedHashMap<>();
        for (String line : TestFiles.read(fixture.resolve("antora-output.txt")).split("\n")) {
            String[] idAndText = line.split("\t", 2);
            antora.put(idAndText[0], unquote(idAndText[1]));
        }
        assertThat(docstack).hasSize(45).containsExactlyEntriesOf(antora);
    }

    @Test
    void aTagThatIsNotThereIsAWarningAtTheIncludeDirective() {
        Path docs = TestFiles.write(out.resolve("src"), "antora.yml", "name: t\nversion: '1'\n",
                "modules/ROOT/examples/x.rb", "# tag::a[]\na\n",
                "modules/ROOT/pages/p.adoc", "= P\n\n----\ninclude::example$x.rb[tags=a;zz]\n----\n");
        BuildResult result = Docstack.build(TestFiles.site(out, out.resolve("site")).antoraSource(docs).build());

        assertThat(result.diagnostics()).extracting(d -> d.line() + " " + d.message()).containsExactlyInAnyOrder(
                "4 detected unclosed tag 'a' starting at line 1 of include file: example$x.rb",
                "4 tag 'zz' not found in include file: example$x.rb");
    }

    /** A JSON string as Python's json.dumps writes the fixture's texts. */
    private static String unquote(String json) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i < json.length() - 1; i++) {
            char c = json.charAt(i);
            if (c == '\\') {
                char next = json.charAt(++i);
                text.append(switch (next) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> next;
                });
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }
}
