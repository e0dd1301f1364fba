package io.docstack.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.TestFiles;
import io.docstack.config.SiteConfig;
import io.docstack.convert.ConvertedSite;
import io.docstack.convert.Converter;
import io.docstack.link.LinkGraph;
import io.docstack.link.Linker;
import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;
import io.docstack.source.Catalog;
import io.docstack.source.Sources;

/**
 * A real git repository (made with JGit) with one commit, then a change in the working tree:
 * the gate narrowed to the change reports the problems in changed files and the ones the change
 * causes in untouched files, and nothing else.
 */
class ChangeFilterTest {

    @TempDir
    Path repo;
    private Path docs;

    @BeforeEach
    void commitASite() throws Exception {
        docs = repo.resolve("compute/src/docs");
        TestFiles.write(docs,
                "index.md", "# Compute\n\n[Boot](boot.md#flavors)\n[Old problem](missing.md)\n",
                "boot.md", "# Boot\n\n## Flavors\n",
                "ports.md", "# Ports\n\n[Boot](boot.md)\n",
                "volumes.md", "# Volumes\n\n[Ports](ports.md)\n[Index](index.md)\n");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("docs").setAuthor("T", "t@example.com").setCommitter("T", "t@example.com")
                    .setSign(false).call();
        }
    }

    private List<Diagnostic> check(String ref) {
        SiteConfig config = TestFiles.site(repo, repo.resolve("target/site"))
                .project(TestFiles.project("compute", docs)).build();
        Catalog catalog = Sources.aggregate(config);
        ConvertedSite site = Converter.convert(catalog, config.limits(), 1);
        LinkGraph links = Linker.resolve(catalog, site);
        List<Diagnostic> all = new ArrayList<>(catalog.diagnostics());
        all.addAll(site.diagnostics());
        all.addAll(links.diagnostics());
        GitChanges.Result changes = GitChanges.since(repo, ref, List.of(docs));
        assertThat(changes.problem()).isNull();
        return ChangeFilter.apply(all, changes.changes(), catalog, links);
    }

    @Test
    void withoutChangesNothingIsReportedEvenIfOldProblemsExist() {
        assertThat(check("main")).isEmpty();
        assertThat(check("HEAD")).isEmpty();
    }

    @Test
    void problemsInChangedFilesAndThoseTheChangeCausesElsewhereAreReported() throws Exception {
        Files.writeString(docs.resolve("boot.md"), "# Boot\n\n## Sizes\n"); // renames the anchor index.md uses
        Files.delete(docs.resolve("ports.md"));                           // volumes.md links to it
        Files.writeString(docs.resolve("new.md"), "# New\n\n[Nowhere](nowhere.md)\n"); // untracked, broken
        List<Diagnostic> reported = check("main");
        assertThat(reported).extracting(Diagnostic::file, Diagnostic::line, Diagnostic::rule).containsExactlyInAnyOrder(
                org.assertj.core.api.Assertions.tuple("compute/src/docs/index.md", 3, Rules.LINK_ANCHOR),
                org.assertj.core.api.Assertions.tuple("compute/src/docs/volumes.md", 3, Rules.LINK_BROKEN),
                org.assertj.core.api.Assertions.tuple("compute/src/docs/new.md", 3, Rules.LINK_BROKEN));
        // index.md's own old problem (missing.md) was not caused by this change.
        assertThat(reported).noneMatch(d -> d.message().contains("missing.md"));
    }

    @Test
    void problemsOfNoPageAreAlwaysReported() {
        SiteConfig config = TestFiles.site(repo, repo.resolve("target/site"))
                .project(TestFiles.project("compute", docs)).build();
        Catalog catalog = Sources.aggregate(config);
        LinkGraph links = Linker.resolve(catalog, Converter.convert(catalog, config.limits(), 1));
        Diagnostic inventory = Diagnostic.error(Rules.INVENTORY_LOAD, "other-inventory.json", 0, 0, "missing", null);
        ChangeSet none = new ChangeSet("main", java.util.Set.of(), java.util.Set.of());
        assertThat(ChangeFilter.apply(List.of(inventory), none, catalog, links)).containsExactly(inventory);
    }

    @Test
    void aSpecChangeReportsTheApiReferencesItBreaksInUntouchedPages() throws Exception {
        Path spec = repo.resolve("compute/src/openapi/compute.yaml");
        String before = """
                openapi: 3.0.3
                info: {title: Compute, version: "1"}
                paths:
                  /servers:
                    get: {operationId: listServers, responses: {'200': {description: ok}}}
                """;
        TestFiles.write(spec.getParent(), "compute.yaml", before);
        TestFiles.write(docs, "servers.md", "# Servers\n\n[List](api:compute:listServers)\n");
        try (Git git = Git.open(repo.toFile())) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("spec").setAuthor("T", "t@example.com").setCommitter("T", "t@example.com")
                    .setSign(false).call();
        }
        assertThat(checkWithSpecs("main")).isEmpty();
        Files.writeString(spec, before.replace("listServers", "listAllServers"));
        assertThat(checkWithSpecs("main")).extracting(Diagnostic::file, Diagnostic::line, Diagnostic::rule)
                .containsExactly(org.assertj.core.api.Assertions.tuple("compute/src/docs/servers.md", 3, Rules.API_OPERATION));
    }

    /** Like {@link #check} with the spec stage, and the spec folder watched for changes as the gate does. */
    private List<Diagnostic> checkWithSpecs(String ref) {
        SiteConfig config = TestFiles.site(repo, repo.resolve("target/site"))
                .project(TestFiles.project("compute", docs)).build();
        Catalog catalog = Sources.aggregate(config);
        io.docstack.spec.ApiSite apis = io.docstack.spec.Specs.read(catalog);
        ConvertedSite site = io.docstack.spec.ApiPages.addTo(Converter.convert(catalog, config.limits(), 1), apis, false);
        LinkGraph links = Linker.resolve(catalog, site, apis);
        List<Diagnostic> all = new ArrayList<>(apis.diagnostics());
        all.addAll(links.diagnostics());
        List<Path> folders = new ArrayList<>(List.of(docs));
        folders.addAll(config.projects().get(0).specLocations());
        GitChanges.Result changes = GitChanges.since(repo, ref, folders);
        assertThat(changes.problem()).isNull();
        return ChangeFilter.apply(all, changes.changes(), catalog, links);
    }

    @Test
    void aRenamedPageReportsTheLinksToItsOldName() throws Exception {
        Files.move(docs.resolve("ports.md"), docs.resolve("networking-ports.md"));
        assertThat(check("main")).extracting(Diagnostic::file, Diagnostic::rule)
                .containsExactly(org.assertj.core.api.Assertions.tuple("compute/src/docs/volumes.md", Rules.LINK_BROKEN));
    }

    @Test
    void anUnknownReferenceOrAFolderOutsideGitIsADiagnostic(@TempDir Path elsewhere) {
        GitChanges.Result unknown = GitChanges.since(repo, "no-such-branch", List.of(docs));
        assertThat(unknown.changes()).isNull();
        assertThat(unknown.problem().rule()).isEqualTo(Rules.CHECK_SINCE);
        assertThat(unknown.problem().message()).contains("'no-such-branch' does not exist");
        assertThat(GitChanges.since(repo, "main..;~~^^", List.of(docs)).problem().rule()).isEqualTo(Rules.CHECK_SINCE);
        GitChanges.Result outside = GitChanges.since(elsewhere, "main", List.of(elsewhere));
        assertThat(outside.problem().message()).contains("not inside a git repository");
    }
}
