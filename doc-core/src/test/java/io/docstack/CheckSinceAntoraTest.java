package io.docstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.check.CheckResult;
import io.docstack.config.CheckOptions;
import io.docstack.config.SiteConfig;

/**
 * {@code doc:check -Ddoc.check.since=main} on a site whose Antora component is contributed by two
 * content roots, beside a project of Docstack's layout: an edit to a page of the second root is
 * part of the change, both for the problems in that page and for the links it breaks in an
 * unchanged page of the first root.
 */
class CheckSinceAntoraTest {

    @TempDir
    Path repo;

    @BeforeEach
    void commitASite() throws Exception {
        TestFiles.write(repo.resolve("compute"), "index.md", "# Compute\n");
        TestFiles.write(repo.resolve("first"), "antora.yml", "name: guide\nversion: '1.0'\n",
                "modules/ROOT/pages/index.adoc", "= Guide\n\nSee xref:second.adoc#part[the part].\n");
        TestFiles.write(repo.resolve("second"), "antora.yml", "name: guide\nversion: '1.0'\n",
                "modules/ROOT/pages/second.adoc", "= Second\n\n[#part]\n== Part\n\nText.\n");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("docs").setAuthor("T", "t@example.com").setCommitter("T", "t@example.com")
                    .setSign(false).call();
        }
    }

    private CheckResult checkSinceMain() {
        SiteConfig config = TestFiles.site(repo, repo.resolve("target/site"))
                .project(TestFiles.project("compute", repo.resolve("compute")))
                .antoraSource(Path.of("first")).antoraSource(Path.of("second")).build();
        return Docstack.check(config, new CheckOptions(repo.resolve("target/doc-check"), null, false, "main", null, null));
    }

    @Test
    void withoutChangesNothingIsReported() {
        assertThat(checkSinceMain().reported()).isEmpty();
    }

    @Test
    void aProblemInAnEditedPageOfTheSecondRootIsReported() throws Exception {
        Files.writeString(repo.resolve("second/modules/ROOT/pages/second.adoc"),
                "= Second\n\n[#part]\n== Part\n\nSee xref:nowhere.adoc[nothing].\n");

        assertThat(checkSinceMain().reported()).extracting(d -> d.file() + ":" + d.line() + " " + d.rule())
                .containsExactly("second/modules/ROOT/pages/second.adoc:6 link.broken");
    }

    @Test
    void anAnchorRemovedInThePageOfTheSecondRootReportsTheLinkToItInTheFirst() throws Exception {
        Files.writeString(repo.resolve("second/modules/ROOT/pages/second.adoc"), "= Second\n\n== Other\n\nText.\n");

        assertThat(checkSinceMain().reported()).extracting(d -> d.file() + ":" + d.line() + " " + d.rule())
                .containsExactly("first/modules/ROOT/pages/index.adoc:3 link.anchor");
    }
}
