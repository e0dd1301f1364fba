package io.docstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.build.BuildResult;

/**
 * The same input gives byte-identical output and diagnostics, whatever the number of threads.
 * Uses the golden inputs with the default theme (assets, sitemap and all).
 */
class DeterminismTest {

    @TempDir
    Path temp;

    @Test
    void buildingTheSameInputTwiceGivesByteIdenticalTrees() {
        for (GoldenCase golden : GoldenCase.all(TestFiles.resource("golden"))) {
            BuildResult first = Docstack.build(golden.config(temp.resolve(golden.name() + "-1")).threads(1).build());
            BuildResult second = Docstack.build(golden.config(temp.resolve(golden.name() + "-2")).threads(4).build());
            Map<String, byte[]> one = TestFiles.tree(first.site());
            Map<String, byte[]> two = TestFiles.tree(second.site());
            assertThat(one).as(golden.name()).isNotEmpty();
            assertThat(two.keySet()).as(golden.name()).isEqualTo(one.keySet());
            one.forEach((path, content) -> assertThat(two.get(path)).as("%s/%s", golden.name(), path).isEqualTo(content));
            assertThat(second.diagnostics()).isEqualTo(first.diagnostics());
            assertThat(second.pages()).isEqualTo(first.pages());
        }
    }
}
