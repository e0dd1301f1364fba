package io.docstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.build.BuildResult;
import io.docstack.config.ProjectConfig;
import io.docstack.config.SiteConfig;

/**
 * A project in three versions: every page offers the others (the same page when that version has
 * it, else its home), pages of every version but the latest release point at it and name it
 * canonical, and
 * {@code name/latest/} stays a stable address of the latest version.
 */
class VersionsInTheSiteTest {

    @TempDir
    Path base;

    @Test
    void versionsAreSwitchedFlaggedAndAliased() {
        for (String version : new String[] {"1.9", "1.10", "2.0-rc1"}) {
            TestFiles.write(base.resolve(version), "index.md", "# Compute " + version + "\n",
                    "guide/install.md", "# Install\n\nIn " + version + ".\n");
        }
        TestFiles.write(base.resolve("1.9"), "guide/legacy.md", "# Legacy\n\n[Install](install.md).\n");
        SiteConfig.Builder config = TestFiles.site(base, base.resolve("site")).siteUrl("https://docs.example.org/");
        for (String version : new String[] {"1.9", "1.10", "2.0-rc1"}) {
            config.project(new ProjectConfig("compute", "Compute", null, version, base.resolve(version), null));
        }
        BuildResult result = Docstack.build(config.build());
        Path site = result.site();

        String old = TestFiles.read(site.resolve("compute/1.9/guide/install.html"));
        // newest first: the prerelease, then the releases by number; 1.10 is the latest release
        assertThat(old).containsSubsequence("../../2.0-rc1/guide/install.html", "../../1.10/guide/install.html",
                "href=\"install.html\" aria-current=\"true\"><span>1.9</span>");
        assertThat(old).contains("You are reading version 1.9.", "<a href=\"../../1.10/guide/install.html\">Read this in version 1.10",
                "<link rel=\"canonical\" href=\"https://docs.example.org/compute/1.10/guide/install.html\">");
        // a page the latest does not have: its home instead, and no canonical link
        String legacy = TestFiles.read(site.resolve("compute/1.9/guide/legacy.html"));
        assertThat(legacy).contains("href=\"../../1.10/index.html\"").doesNotContain("rel=\"canonical\"");
        // the latest has no banner; the prerelease, newer but not released, has one
        assertThat(TestFiles.read(site.resolve("compute/1.10/guide/install.html"))).doesNotContain("You are reading version");
        assertThat(TestFiles.read(site.resolve("compute/2.0-rc1/guide/install.html"))).contains("You are reading version 2.0-rc1.");
        // the stable alias
        assertThat(TestFiles.read(site.resolve("compute/latest/guide/install.html")))
                .contains("http-equiv=\"refresh\" content=\"0; url=../../1.10/guide/install.html\"");
        assertThat(site.resolve("compute/latest/guide/legacy.html")).doesNotExist();
    }
}
