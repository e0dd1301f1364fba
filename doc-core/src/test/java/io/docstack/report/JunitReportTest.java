package io.docstack.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.docstack.Golden;
import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;

class JunitReportTest {

    @TempDir
    Path temp;

    @Test
    void matchesTheGoldenFile() throws IOException {
        Path file = temp.resolve("reports/docstack-junit.xml");
        JunitReport.write(file, Samples.RUN, Samples.CHECKED, "docs-site/");
        Golden.assertMatches("report/docstack-junit.xml", Files.readAllBytes(file));
    }

    @Test
    void isDeterministicWhateverTheInputOrder() throws IOException {
        JunitReport.write(temp.resolve("a.xml"), Samples.RUN, Samples.CHECKED, "");
        List<Diagnostic> reversed = new ArrayList<>(Samples.RUN);
        Collections.reverse(reversed);
        List<String> checked = new ArrayList<>(Samples.CHECKED);
        Collections.reverse(checked);
        checked.add(checked.get(0));
        JunitReport.write(temp.resolve("b.xml"), reversed, checked, "");
        assertThat(Files.readAllBytes(temp.resolve("b.xml"))).isEqualTo(Files.readAllBytes(temp.resolve("a.xml")));
    }

    @Test
    void oneTestCasePerFileAndOneFailurePerFileWithErrors() throws Exception {
        Document xml = write(Samples.RUN, Samples.CHECKED, "docs-site/");
        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("name")).isEqualTo("docstack.check");
        // Four checked files plus network/spec.yaml, which has a diagnostic but was not in the list.
        assertThat(suite.getAttribute("tests")).isEqualTo("5");
        assertThat(suite.getAttribute("failures")).isEqualTo("2");
        assertThat(suite.getAttribute("errors")).isEqualTo("0");
        assertThat(suite.getAttribute("skipped")).isEqualTo("0");
        NodeList cases = xml.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(5);
        assertThat(names(cases)).containsExactly("docs-site/compute/guide/boot.md", "docs-site/compute/guide/index.md",
                "docs-site/network/guide/ports & routes é.md", "docs-site/network/old.md", "docs-site/network/spec.yaml");
        assertThat(xml.getElementsByTagName("failure").getLength()).isEqualTo(2);

        Element boot = (Element) cases.item(0);
        assertThat(boot.getAttribute("classname")).isEqualTo("docstack.check");
        Element failure = (Element) boot.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("link.broken, link.anchor");
        assertThat(failure.getAttribute("message")).isEqualTo("[link.broken] no page ../api/servers.md (and 2 more errors)");
        assertThat(failure.getTextContent()).isEqualTo("""
                docs-site/compute/guide/boot.md:7: error [link.broken] no page ../api/servers.md
                docs-site/compute/guide/boot.md:42:17: error [link.anchor] no heading 'flavours' in network/guide/ports.md (did you mean 'flavors'?)
                docs-site/compute/guide/boot.md:90:3: error [link.broken] no page ../api/servers.md
                """);

        Element clean = (Element) cases.item(1);
        assertThat(clean.getChildNodes().getLength()).isZero();
        Element old = (Element) cases.item(3);
        assertThat(old.getElementsByTagName("failure").getLength()).isZero();
        assertThat(old.getElementsByTagName("system-out").item(0).getTextContent())
                .isEqualTo("docs-site/network/old.md: warning [nav.unreachable] no navigation entry or link leads here "
                        + "(add it to nav.yml or delete it)\n");
    }

    @Test
    void markupAndIllegalCharactersSurviveAParser() throws Exception {
        Diagnostic nasty = Diagnostic.error(Rules.PARSE_MARKDOWN, "a<b>&c.md", 1, 1,
                "x < y && z > w ]]> \"q\" 'a'\u0000\u0001\u001b\ud800\uffff\ttab\r\nnext line", "use <![CDATA[ ]]>");
        Document xml = write(List.of(nasty, Samples.UNREACHABLE), List.of(), "");
        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("tests")).isEqualTo("2");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        Element testCase = (Element) xml.getElementsByTagName("testcase").item(0);
        assertThat(testCase.getAttribute("name")).isEqualTo("a<b>&c.md");
        Element failure = (Element) testCase.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("[parse.markdown] x < y && z > w ]]> \"q\" 'a' tab next line");
        assertThat(failure.getTextContent()).isEqualTo(
                "a<b>&c.md:1:1: error [parse.markdown] x < y && z > w ]]> \"q\" 'a'\ttab\nnext line (use <![CDATA[ ]]>)\n");
    }

    @Test
    void noFilesIsAnEmptySuite() throws Exception {
        Document xml = write(List.of(), List.of(), "");
        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("tests")).isEqualTo("0");
        assertThat(suite.getAttribute("failures")).isEqualTo("0");
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("testsuites");
    }

    private Document write(List<Diagnostic> diagnostics, List<String> checked, String prefix) throws Exception {
        Path file = temp.resolve("junit.xml");
        JunitReport.write(file, diagnostics, checked, prefix);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static List<String> names(NodeList cases) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < cases.getLength(); i++) {
            names.add(((Element) cases.item(i)).getAttribute("name"));
        }
        return names;
    }
}
