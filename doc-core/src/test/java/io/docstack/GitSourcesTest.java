package io.docstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.build.BuildResult;
import io.docstack.config.GitSource;
import io.docstack.config.Limits;
import io.docstack.config.ProjectConfig;
import io.docstack.config.SiteConfig;
import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;
import io.docstack.serve.PreviewBuild;

/**
 * Git repositories as sources: matching branches and tags become versions, read from the git
 * objects with JGit (the work tree holds other, uncommitted text that must not show), in Docstack's
 * layout with specs beside the docs or as Antora content; remote repositories fetched into a bare
 * mirror and brought up to date; and the bad inputs, each reported against its source while the
 * others still build.
 */
class GitSourcesTest {

    private static final String SPEC = "openapi: 3.0.3\ninfo: {title: Compute, version: '1'}\npaths:\n"
            + "  /servers:\n    get:\n      operationId: listServers\n      responses: {'200': {description: ok}}\n";

    @TempDir
    Path base;

    @Test
    void releaseBranchesAreVersionsReadFromTheGitObjects() throws Exception {
        try (Git git = TestRepos.init(base.resolve("repos/compute"))) {
            TestRepos.commit(git, "1.0",
                    "src/docs/index.md", "# Compute 1.0\n\nSee the [guide](guide.md) and api:compute:listServers.\n",
                    "src/docs/guide.md", "# Guide\n\n## Install\n",
                    "src/openapi/compute.yaml", SPEC);
            TestRepos.branch(git, "release/1.0");
            TestRepos.commit(git, "2.0",
                    "src/docs/index.md", "# Compute 2.0\n\nSee the [guide](guide.md) and [what is new](new.md).\n",
                    "src/docs/new.md", "# New\n\nBack [home](index.md), and [gone](gone.md).\n");
            TestRepos.branch(git, "release/2.0");
            TestRepos.commit(git, "next", "src/docs/index.md", "# Compute next\n\n[x](missing.md)\n");
        }
        // The work tree differs from every branch: nothing of it may show.
        TestFiles.write(base.resolve("repos/compute"), "src/docs/index.md", "# WORKTREE\n");
        TestFiles.write(base.resolve("handbook"), "index.md",
                "# Handbook\n\nInstall with [the guide](xref:compute@1.0:guide.md#install); see [news](xref:compute:new.md).\n");

        SiteConfig config = TestFiles.site(base, base.resolve("site"))
                .project(new ProjectConfig("handbook", "Handbook", null, "main", base.resolve("handbook"), null))
                .gitSource(source("repos/compute", List.of("release/*"), List.of(), null))
                .build();
        BuildResult result = Docstack.build(config);

        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError)
                .extracting(Diagnostic::file, Diagnostic::line, Diagnostic::rule)
                .containsExactly(tuple("compute@release/2.0/src/docs/new.md", 3, Rules.LINK_BROKEN));
        Path site = config.output();
        assertThat(TestFiles.read(site.resolve("compute/1.0/index.html"))).contains("Compute 1.0").doesNotContain("WORKTREE");
        assertThat(TestFiles.read(site.resolve("compute/2.0/index.html"))).contains("Compute 2.0", "href=\"new.html\"");
        assertThat(site.resolve("compute/1.0/new.html")).doesNotExist();
        assertThat(TestFiles.read(site.resolve("handbook/main/index.html")))
                .contains("href=\"../../compute/1.0/guide.html#install\"", "href=\"../../compute/2.0/new.html\"");
        // An xref without a version from a project that lacks the version goes to the latest, as in Antora.
        // The spec beside the docs folder of the 1.0 branch is the 1.0 service.
        assertThat(result.diagnostics()).noneMatch(d -> d.rule().startsWith("api."));
        assertThat(TestFiles.read(site.resolve("compute/1.0/index.html"))).contains("listServers");
        // Versions: 2.0 is latest; 1.0 pages point at it.
        assertThat(TestFiles.read(site.resolve("compute/1.0/guide.html"))).contains("ds-version-banner", "../2.0/guide.html");
        assertThat(site.resolve("compute/latest/index.html")).isRegularFile();
    }

    @Test
    void remoteTagsWithAntoraContentAreFetchedIntoAMirrorAndUpdated() throws Exception {
        Path repo = base.resolve("repos/guide");
        try (Git git = TestRepos.init(repo)) {
            TestRepos.commit(git, "1.0",
                    "docs/antora.yml", "name: guide\nversion: '1.0'\ntitle: Guide\n",
                    "docs/modules/ROOT/pages/index.adoc", "= Guide\n\ninclude::partial$note.adoc[]\n",
                    "docs/modules/ROOT/partials/note.adoc", "Included note, version 1.\n");
            TestRepos.tag(git, "v1.0");
            TestRepos.commit(git, "2.0", "docs/antora.yml", "name: guide\nversion: '2.0'\ntitle: Guide\n",
                    "docs/modules/ROOT/partials/note.adoc", "Included note, version 2.\n");
            TestRepos.tag(git, "v2.0");
        }
        String url = repo.toUri().toString();
        SiteConfig config = TestFiles.site(base, base.resolve("site"))
                .gitSource(source(url, List.of(), List.of("v*"), "docs")).build();

        BuildResult first = Docstack.build(config);

        assertThat(first.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
        assertThat(TestFiles.read(config.output().resolve("guide/1.0/index.html"))).contains("Included note, version 1.");
        assertThat(TestFiles.read(config.output().resolve("guide/2.0/index.html"))).contains("Included note, version 2.");
        try (var mirrors = Files.list(base.resolve("cache"))) {
            assertThat(mirrors.map(p -> p.getFileName().toString())).singleElement().asString().startsWith("guide-").endsWith(".git");
        }

        try (Git git = Git.open(repo.toFile())) {
            TestRepos.commit(git, "3.0", "docs/antora.yml", "name: guide\nversion: '3.0'\ntitle: Guide\n");
            TestRepos.tag(git, "v3.0");
        }
        Docstack.build(config);
        assertThat(config.output().resolve("guide/3.0/index.html")).isRegularFile();
    }

    @Test
    void badGitSourcesAreReportedAndTheOthersStillBuild() throws Exception {
        try (Git git = TestRepos.init(base.resolve("repos/compute"))) {
            TestRepos.commit(git, "1.0", "src/docs/index.md", "# Compute\n");
            TestRepos.branch(git, "release/1.0");
            TestRepos.branch(git, "feature+odd");
            TestRepos.commit(git, "no docs", "src/docs/index.md", "# Compute\n", "README.md", "moved\n");
            git.rm().addFilepattern("src/docs/index.md").call();
            git.commit().setMessage("docs gone").setSign(false).call();
            TestRepos.branch(git, "release/9.0");
        }
        TestFiles.write(base.resolve("not-a-repo"), "readme.txt", "plain folder\n");

        SiteConfig config = TestFiles.site(base, base.resolve("site"))
                .gitSource(source("repos/compute", List.of("release/*", "hotfix/*", "feature*"), List.of("v*"), null))
                .gitSource(source("repos/nothing-here", List.of("main"), List.of(), null))
                .gitSource(source("not-a-repo", List.of("main"), List.of(), null))
                .gitSource(source("file:///nonexistent/compute.git", List.of("main"), List.of(), null))
                .build();
        BuildResult result = Docstack.build(config);

        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError)
                .extracting(Diagnostic::file, Diagnostic::rule)
                .containsExactlyInAnyOrder(
                        tuple("repos/compute", Rules.SOURCE_GIT),
                        tuple("repos/compute", Rules.SOURCE_GIT),
                        tuple("repos/compute", Rules.SOURCE_GIT),
                        tuple("repos/compute", Rules.SOURCE_GIT),
                        tuple("repos/nothing-here", Rules.SOURCE_GIT),
                        tuple("not-a-repo", Rules.SOURCE_GIT),
                        tuple("file:///nonexistent/compute.git", Rules.SOURCE_GIT));
        assertThat(result.diagnostics()).extracting(Diagnostic::message).anySatisfy(m -> assertThat(m)
                        .isEqualTo("branch pattern 'hotfix/*' matches no branch of 'repos/compute'"))
                .anySatisfy(m -> assertThat(m).isEqualTo("tag pattern 'v*' matches no tag of 'repos/compute'"))
                .anySatisfy(m -> assertThat(m).isEqualTo("repos/compute branch release/9.0 has no folder 'src/docs'"))
                .anySatisfy(m -> assertThat(m).contains("branch feature+odd", "version '+odd'"))
                .anySatisfy(m -> assertThat(m).isEqualTo("git repository 'repos/nothing-here' does not exist"))
                .anySatisfy(m -> assertThat(m).isEqualTo("'not-a-repo' is not a git repository"))
                .anySatisfy(m -> assertThat(m).startsWith("git repository 'file:///nonexistent/compute.git' cannot be read: "));
        assertThat(result.diagnostics()).filteredOn(d -> d.message().startsWith("branch pattern 'hotfix/*'"))
                .extracting(Diagnostic::hint).singleElement().asString().contains("its branches include feature+odd, main, release/1.0");
        assertThat(result.diagnostics()).filteredOn(d -> d.message().startsWith("tag pattern"))
                .extracting(Diagnostic::hint).singleElement().isEqualTo("fix the pattern; it has no tags");
        assertThat(config.output().resolve("compute/1.0/index.html")).isRegularFile();
        assertThat(base.resolve("cache")).satisfiesAnyOf(
                cache -> assertThat(cache).doesNotExist(), cache -> assertThat(cache).isEmptyDirectory());
    }

    @Test
    void aRefPastTheLimitsIsLeftOutWhole() {
        try (Git git = TestRepos.init(base.resolve("repos/compute"))) {
            TestRepos.commit(git, "1.0", "src/docs/index.md", "# Compute\n", "src/docs/a.md", "# A\n", "src/docs/b.md", "# B\n");
            TestRepos.branch(git, "release/1.0");
        }
        SiteConfig config = TestFiles.site(base, base.resolve("site")).limits(Limits.DEFAULTS.withSources(2, 1 << 20))
                .gitSource(source("repos/compute", List.of("release/*"), List.of(), null)).build();

        BuildResult result = Docstack.build(config);

        assertThat(result.diagnostics()).extracting(Diagnostic::rule, Diagnostic::message).containsExactly(tuple(Rules.SOURCE_LIMIT,
                "repos/compute branch release/1.0 holds more than 2 files or maxSourceBytes (1048576); it is left out"));
    }

    @Test
    void refsAndBundlesPastTheTotalLimitTogetherAreLeftOutAndTheFirstRefBuilds() throws Exception {
        try (Git git = TestRepos.init(base.resolve("repos/compute"))) {
            TestRepos.commit(git, "1.0", "src/docs/index.md", "# Compute 1.0\n", "src/docs/a.md", "# A\n");
            TestRepos.branch(git, "release/1.0");
            TestRepos.commit(git, "2.0", "src/docs/index.md", "# Compute 2.0\n");
            TestRepos.branch(git, "release/2.0");
        }
        Path bundle = TestFiles.write(base.resolve("b/net.zip"), TestZips.zip(
                TestZips.Entry.stored("docstack-bundle.json", "{\"format\":1,\"name\":\"net\",\"version\":\"1.0\"}"),
                TestZips.Entry.stored("docs/index.md", "# Net\n")));
        // Each small file counts as 2 KiB: release/1.0 holds 4 KiB of the 6, leaving 2 KiB for the rest.
        SiteConfig config = TestFiles.site(base, base.resolve("site"))
                .limits(Limits.DEFAULTS.withSources(10, 1 << 20).withTotalSourceBytes(6 << 10))
                .gitSource(source("repos/compute", List.of("release/*"), List.of(), null))
                .bundle(io.docstack.config.BundleSource.of("net", bundle)).build();

        BuildResult result = Docstack.build(config);

        assertThat(result.diagnostics()).extracting(Diagnostic::file, Diagnostic::rule, Diagnostic::message).containsExactlyInAnyOrder(
                tuple("repos/compute", Rules.SOURCE_LIMIT, "repos/compute branch release/2.0 holds more than 10 files or "
                        + "the 2048 bytes that maxTotalSourceBytes (6144) leaves; it is left out"),
                tuple("net", Rules.SOURCE_BUNDLE, "docs bundle net is left out: its entries need more than "
                        + "the 2048 bytes that maxTotalSourceBytes (6144) leaves"));
        assertThat(config.output().resolve("compute/1.0/a.html")).isRegularFile();
        assertThat(config.output().resolve("compute/2.0")).doesNotExist();
    }

    @Test
    void aTokenInAGitUrlIsUsedForTheFetchAndShownInNoReport() throws Exception {
        String token = "s3cr3t-t0ken-4711";
        Git git = TestRepos.init(base.resolve("repos/compute"));
        TestRepos.commit(git, "1.0", "src/docs/index.md", "# Compute 1.0\n");
        TestRepos.branch(git, "release/1.0");
        TestFiles.write(base.resolve("handbook"), "index.md", "# Handbook\n");
        try (git; TestGitServer server = TestGitServer.serve(git.getRepository(), "ci", token)) {
            String url = server.url("ci:" + token, "compute");
            String shown = server.url("***", "compute");
            SiteConfig config = TestFiles.site(base, base.resolve("site"))
                    .project(new ProjectConfig("handbook", "Handbook", null, "main", base.resolve("handbook"), null))
                    .gitSource(source(url, List.of("release/*", "hotfix/*"), List.of(), null))
                    .gitSource(source(server.url("ci:" + token, "nothing"), List.of("main"), List.of(), null))
                    .build();

            BuildResult result = Docstack.build(config);

            assertThat(server.authorizedRequests()).as("requests made with the URL's credentials").isPositive();
            assertThat(config.output().resolve("compute/1.0/index.html")).isRegularFile();
            assertThat(config.output().resolve("handbook/main/index.html")).isRegularFile();
            assertThat(result.diagnostics()).extracting(Diagnostic::file, Diagnostic::message).contains(
                    tuple(shown, "branch pattern 'hotfix/*' matches no branch of '" + shown + "'"));
            assertThat(result.diagnostics()).extracting(Diagnostic::file)
                    .contains(server.url("***", "nothing")).allSatisfy(file -> assertThat(file).doesNotContain(token));
            Path reports = base.resolve("reports");
            io.docstack.report.SarifReport.write(reports.resolve("docstack.sarif"), result.diagnostics(), "", "test");
            io.docstack.report.JunitReport.write(reports.resolve("junit.xml"), result.diagnostics(), List.of(), "");
            String everything = String.join("\n", io.docstack.report.ConsoleReport.lines(result.diagnostics(), file -> null))
                    + String.join("\n", io.docstack.report.GithubAnnotations.lines(result.diagnostics(), ""))
                    + result.diagnostics() + TestFiles.read(reports.resolve("docstack.sarif"))
                    + TestFiles.read(reports.resolve("junit.xml"));
            assertThat(everything).contains(shown).doesNotContain(token);
            assertThat(TestFiles.tree(base.resolve("cache")).values()).as("the mirror's files")
                    .noneMatch(bytes -> new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).contains(token));
        }
    }

    @Test
    void thePreviewKeepsTheGitVersionsWhileAFolderIsEdited() throws Exception {
        try (Git git = TestRepos.init(base.resolve("repos/compute"))) {
            TestRepos.commit(git, "1.0", "src/docs/index.md", "# Compute\n", "src/docs/guide.md", "# Guide\n\n## Install\n");
            TestRepos.branch(git, "release/1.0");
        }
        Path page = TestFiles.write(base.resolve("handbook"), "index.md", "# Handbook\n\n[Install](xref:compute:guide.md#install)\n")
                .resolve("index.md");
        SiteConfig config = TestFiles.site(base, base.resolve("site"))
                .project(new ProjectConfig("handbook", "Handbook", null, "main", base.resolve("handbook"), null))
                .gitSource(source("repos/compute", List.of("release/*"), List.of(), null)).build();

        try (PreviewBuild live = PreviewBuild.start(config)) {
            assertThat(live.result().diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
            Files.writeString(page, "# Handbook\n\n[Install](xref:compute:guide.md#nowhere)\n");
            live.apply(java.util.Set.of(page.toAbsolutePath().normalize()));
            live.complete();

            assertThat(live.result().diagnostics()).filteredOn(Diagnostic::isError)
                    .extracting(Diagnostic::file, Diagnostic::rule).containsExactly(tuple("handbook/index.md", Rules.LINK_ANCHOR));
            assertThat(live.site().file(io.docstack.model.SitePath.of("compute/1.0/guide.html"))).isPresent();
        }
    }

    @Test
    void versionsComeFromWhatThePatternsWildcardMatched() {
        assertThat(GitSource.version("release/*", "release/2.1")).isEqualTo("2.1");
        assertThat(GitSource.version("v*", "v1.0.0")).isEqualTo("1.0.0");
        assertThat(GitSource.version("v*.x", "v3.x")).isEqualTo("3");
        assertThat(GitSource.version("main", "main")).isEqualTo("main");
        assertThat(GitSource.version("**", "team/topic")).isEqualTo("team-topic");
    }

    private GitSource source(String repository, List<String> branches, List<String> tags, String startPath) {
        return new GitSource(repository, branches, tags, startPath, null, null, null, base.resolve("cache"));
    }
}
