package io.docstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.build.BuildResult;
import io.docstack.check.CheckResult;
import io.docstack.config.CheckOptions;
import io.docstack.model.SourceTally;

/**
 * The summary lines count projects from where they came, not from the configuration's folder
 * list: a site of Antora content roots only has projects, and the files read and left out are
 * said beside them.
 */
class SourceTallyTest {

    @TempDir
    Path base;

    @Test
    void aCheckOfAntoraRootsOnlyCountsTheirComponentsAndFiles() {
        TestFiles.copyResource("skipped/antora-root", base.resolve("skip"));
        var config = TestFiles.site(base, base.resolve("site")).antoraSource(Path.of("skip")).build();

        CheckResult result = Docstack.check(config, CheckOptions.reportingTo(base.resolve("doc-check")));

        assertThat(config.projects()).isEmpty();
        assertThat(result.sources()).isEqualTo(new SourceTally(1, 7, 7));
        assertThat(result.sources().describe()).isEqualTo("1 project (7 files read, 7 skipped)");
    }

    @Test
    void aBuildCountsTheFilesReadAndLeftOutOfEveryProject() {
        Path docs = TestFiles.write(base.resolve("docs"), "index.md", "# Home\n", "_partials/p.md", "", "img/a.png", "png");
        Path other = TestFiles.write(base.resolve("other"), "index.md", "# Other\n");
        var config = TestFiles.site(base, base.resolve("site")).project(TestFiles.project("a", docs))
                .project(TestFiles.project("b", other)).build();

        BuildResult result = Docstack.build(config);

        assertThat(result.sources().describe()).isEqualTo("2 projects (3 files read, 1 skipped)");
    }
}
