package io.docstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.build.BuildResult;
import io.docstack.model.Diagnostic;

/**
 * Builds every case of {@code src/test/resources/golden/} and compares each HTML file, the
 * sitemap and {@code diagnostics.txt} (formatted diagnostics, one per line) with {@code expected/},
 * byte for byte. The cases use the pinned theme of {@code src/test/resources/golden-theme}, so
 * they follow doc-core's output, not the default theme's styling.
 *
 * <p>After an intended change, regenerate with {@code mvn -pl doc-core test -Dtest=GoldenTest
 * -Dgolden.update=true}, then read the diff of {@code expected/} before committing it.
 */
class GoldenTest {

    private static final boolean UPDATE = Boolean.parseBoolean(System.getProperty("golden.update"));

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> goldenCases() {
        return GoldenCase.all(TestFiles.resource("golden")).stream()
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    private void check(GoldenCase golden) throws IOException {
        Path output = temp.resolve(golden.name());
        BuildResult result = Docstack.build(golden.config(output).themeDir(TestFiles.resource("golden-theme")).build());
        Map<String, byte[]> actual = outputs(output, result);
        if (UPDATE) {
            Path expected = TestFiles.sourceResource("golden/" + golden.name() + "/expected");
            if (Files.exists(expected)) {
                TestFiles.deleteTree(expected);
            }
            actual.forEach((path, content) -> TestFiles.write(expected.resolve(path), content));
            return;
        }
        Map<String, byte[]> expected = new TreeMap<>(TestFiles.tree(golden.expected()));
        assertThat(actual.keySet()).as("files of %s", golden.name()).containsExactlyElementsOf(expected.keySet());
        for (Map.Entry<String, byte[]> file : actual.entrySet()) {
            assertThat(new String(file.getValue(), StandardCharsets.UTF_8))
                    .as("%s/%s (rerun with -Dgolden.update=true if the change is intended)", golden.name(), file.getKey())
                    .isEqualTo(new String(expected.get(file.getKey()), StandardCharsets.UTF_8));
            assertThat(file.getValue()).as("%s/%s bytes", golden.name(), file.getKey()).isEqualTo(expected.get(file.getKey()));
        }
    }

    /** What a case compares: the HTML pages, the sitemap and the diagnostics. */
    private static Map<String, byte[]> outputs(Path output, BuildResult result) {
        Map<String, byte[]> files = new TreeMap<>();
        TestFiles.tree(output).forEach((path, content) -> {
            if (path.endsWith(".html") || path.equals("sitemap.xml")) {
                files.put(path, content);
            }
        });
        StringBuilder diagnostics = new StringBuilder();
        for (Diagnostic diagnostic : result.diagnostics()) {
            diagnostics.append(diagnostic.format()).append('\n');
        }
        files.put("diagnostics.txt", diagnostics.toString().getBytes(StandardCharsets.UTF_8));
        return files;
    }
}
