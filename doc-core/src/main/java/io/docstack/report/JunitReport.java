package io.docstack.report;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import io.docstack.model.Diagnostic;

/**
 * Writes a check as JUnit XML, the test-report format that Jenkins, GitLab and the GitHub test
 * reporter actions display. Every checked file is a test case, so a clean page shows as a
 * passing test and the report's totals say how much was checked:
 *
 * <pre>{@code
 * <testsuites name="docstack" tests="4" failures="1" errors="0" skipped="0">
 *   <testsuite name="docstack.check" tests="4" failures="1" errors="0" skipped="0">
 *     <testcase classname="docstack.check" name="docs-site/compute/guide/boot.md">
 *       <failure type="link.anchor, link.broken" message="[link.broken] no page x.md (and 2 more errors)">
 *         …every error of the file, one formatted line each…</failure>
 *       <system-out>…the file's warnings and info, formatted…</system-out>
 *     </testcase>
 * }</pre>
 *
 * A test case has at most one {@code <failure>}, holding all of its file's errors: the report
 * readers show only the first failure of a test case, and count failed test cases, not errors.
 * Files with diagnostics that were not in the checked list (a spec, the baseline) get a test case
 * too. Names are repository-relative paths; characters that XML 1.0 cannot hold are removed from
 * messages. The same input gives the same bytes. Stateless and thread-safe.
 */
public final class JunitReport {

    static final String SUITE = "docstack.check";

    // The JDK's own writer, whatever StAX implementation the classpath brings: output must not change with it.
    private static final XMLOutputFactory XML = XMLOutputFactory.newDefaultFactory();

    private JunitReport() {
    }

    /** One test case: a file and its diagnostics, sorted. */
    private record Case(String name, List<Diagnostic> errors, List<Diagnostic> others) {
    }

    /**
     * Writes the report to {@code file}, replacing it whole and creating missing folders.
     *
     * @param diagnostics  the diagnostics of a run, in any order
     * @param checkedFiles the files the check read (relative to the base folder, like
     *                     {@link Diagnostic#file()}); duplicates are ignored
     * @param repoPrefix   path of the base folder inside the repository, "" when it is the root
     * @throws java.io.UncheckedIOException when the file cannot be written
     */
    public static void write(Path file, List<Diagnostic> diagnostics, List<String> checkedFiles, String repoPrefix) {
        ReportFiles.write(file, xml(cases(diagnostics, checkedFiles, RepoPath.withPrefix(repoPrefix))));
    }

    private static List<Case> cases(List<Diagnostic> diagnostics, List<String> checkedFiles, RepoPath repo) {
        Map<String, List<Diagnostic>> byFile = new TreeMap<>();
        for (String checked : checkedFiles) {
            byFile.computeIfAbsent(repo.path(checked), name -> new ArrayList<>());
        }
        for (Diagnostic diagnostic : diagnostics) {
            String path = repo.path(diagnostic.file());
            byFile.computeIfAbsent(path, name -> new ArrayList<>()).add(new Diagnostic(diagnostic.severity(),
                    diagnostic.rule(), path, diagnostic.line(), diagnostic.column(), diagnostic.message(), diagnostic.hint()));
        }
        List<Case> cases = new ArrayList<>();
        byFile.forEach((name, found) -> {
            List<Diagnostic> sorted = found.stream().sorted().toList();
            cases.add(new Case(name, sorted.stream().filter(Diagnostic::isError).toList(),
                    sorted.stream().filter(d -> !d.isError()).toList()));
        });
        return cases;
    }

    private static byte[] xml(List<Case> cases) {
        String tests = Integer.toString(cases.size());
        String failures = Long.toString(cases.stream().filter(c -> !c.errors().isEmpty()).count());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            counts(xml, "docstack", tests, failures);
            xml.writeCharacters("\n  ");
            xml.writeStartElement("testsuite");
            counts(xml, SUITE, tests, failures);
            for (Case testCase : cases) {
                xml.writeCharacters("\n    ");
                testCase(xml, testCase);
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    private static void counts(XMLStreamWriter xml, String name, String tests, String failures) throws XMLStreamException {
        xml.writeAttribute("name", name);
        xml.writeAttribute("tests", tests);
        xml.writeAttribute("failures", failures);
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", "0");
    }

    private static void testCase(XMLStreamWriter xml, Case testCase) throws XMLStreamException {
        boolean empty = testCase.errors().isEmpty() && testCase.others().isEmpty();
        if (empty) {
            xml.writeEmptyElement("testcase");
        } else {
            xml.writeStartElement("testcase");
        }
        xml.writeAttribute("classname", SUITE);
        xml.writeAttribute("name", XmlText.attribute(testCase.name()));
        if (empty) {
            return;
        }
        if (!testCase.errors().isEmpty()) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("failure");
            xml.writeAttribute("type", XmlText.attribute(rules(testCase.errors())));
            xml.writeAttribute("message", XmlText.attribute(summary(testCase.errors())));
            xml.writeCharacters(XmlText.content(lines(testCase.errors())));
            xml.writeEndElement();
        }
        if (!testCase.others().isEmpty()) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("system-out");
            xml.writeCharacters(XmlText.content(lines(testCase.others())));
            xml.writeEndElement();
        }
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
    }

    /** The distinct rule ids of the errors, in the order they first occur. */
    private static String rules(List<Diagnostic> errors) {
        Set<String> rules = new LinkedHashSet<>();
        errors.forEach(error -> rules.add(error.rule()));
        return String.join(", ", rules);
    }

    /** The first error, and how many more there are: what a report reader shows in one line. */
    private static String summary(List<Diagnostic> errors) {
        Diagnostic first = errors.get(0);
        String summary = "[" + first.rule() + "] " + first.message();
        int more = errors.size() - 1;
        return more == 0 ? summary : summary + " (and " + more + " more error" + (more == 1 ? ")" : "s)");
    }

    private static String lines(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic diagnostic : diagnostics) {
            out.append(diagnostic.format()).append('\n');
        }
        return out.toString();
    }
}
