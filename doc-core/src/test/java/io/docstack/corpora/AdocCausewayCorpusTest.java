package io.docstack.corpora;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.Docstack;
import io.docstack.build.BuildResult;
import io.docstack.config.SiteConfig;
import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;

/**
 * Apache Causeway's real Antora content ({@code ../shared/corpora/adoc-causeway}: 68 content
 * roots of 20 components, some distributed over many roots), read as it is and checked by the
 * site build. Antora 3.1.10 finds 56 (page, target) pairs whose xref target does not exist
 * ({@code _meta/antora-xref-errors.tsv}, authoritative): Docstack must report exactly those as
 * errors, nothing else, and build the site. The configuration is the one a user writes in the POM
 * ({@code corpora/adoc-causeway-configuration.xml}: the playbook's content roots and page
 * attributes). Skipped when the corpus is absent.
 */
class AdocCausewayCorpusTest {

    private static final String CORPUS = "adoc-causeway";
    private static final Pattern QUOTED = Pattern.compile("^'(.*?)' does not exist");

    @TempDir
    Path temp;

    @Test
    void brokenXrefsAreAntorasAndOnlyThoseAndTheSiteBuilds() throws Exception {
        Optional<Path> corpus = Corpora.locate(CORPUS, "_meta/antora-xref-errors.tsv");
        assumeTrue(corpus.isPresent(), "corpus " + CORPUS + " not found (set -Ddocstack.corpora=<folder>)");
        Path root = corpus.get();
        SiteConfig config = configuration(root).output(temp.resolve("site")).build();

        BuildResult result = Docstack.build(config);

        Set<String> errors = result.diagnostics().stream().filter(Diagnostic::isError)
                .map(AdocCausewayCorpusTest::pair).collect(Collectors.toCollection(TreeSet::new));
        Set<String> antora = Files.readAllLines(root.resolve("_meta/antora-xref-errors.tsv")).stream().skip(1)
                .filter(line -> !line.isBlank()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(antora).hasSize(56);
        assertThat(result.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::rule).distinct())
                .containsExactly(Rules.LINK_BROKEN);
        assertThat(errors).isEqualTo(antora);
        // The site: the 1,687 pages of the 20 components (partials are not pages), at the URLs Antora gives them.
        assertThat(result.pages()).isGreaterThan(1_600);
        assertThat(config.output().resolve("refguide/latest/applib/index/annotation/Action.html")).isRegularFile();
        assertThat(config.output().resolve("docs/latest/about.html")).isRegularFile();
    }

    /**
     * The same content roots committed to one git repository and read from its branch
     * {@code main} as the {@code startPaths} of one git source, as a playbook names a repository's
     * {@code start_paths}: the same 56 errors, shown under the ref's name, from the git objects.
     */
    @Test
    void theSameRootsFromAGitBranchGiveAntorasErrors() throws Exception {
        Optional<Path> corpus = Corpora.locate(CORPUS, "_meta/antora-xref-errors.tsv");
        assumeTrue(corpus.isPresent(), "corpus " + CORPUS + " not found (set -Ddocstack.corpora=<folder>)");
        Path root = corpus.get();
        Path repository = Corpora.commit(root, temp.resolve("causeway.git"));
        assertThat(root.resolve(".git")).as("the corpus is only read").doesNotExist();
        SiteConfig config = gitConfiguration(root, repository, temp.resolve("cache")).output(temp.resolve("site")).build();

        BuildResult result = Docstack.build(config);

        String prefix = "causeway@main/";
        Set<String> errors = result.diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> pair(d).substring(d.page().startsWith(prefix) ? prefix.length() : 0))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> antora = Files.readAllLines(root.resolve("_meta/antora-xref-errors.tsv")).stream().skip(1)
                .filter(line -> !line.isBlank()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(errors).isEqualTo(antora);
        assertThat(result.pages()).isGreaterThan(1_600);
        assertThat(config.output().resolve("refguide/latest/applib/index/annotation/Action.html")).isRegularFile();
    }

    /**
     * {@code page-file <tab> target}, as in Antora's list: the target without {@code xref:}. The
     * page is the one being built ({@link Diagnostic#page()}): Antora logs an xref written in an
     * included file (a partial, or a page included by another) at each page that includes it, with
     * no line; Docstack reports it at the file and line it is written in, naming that page.
     */
    private static String pair(Diagnostic diagnostic) {
        Matcher quoted = QUOTED.matcher(diagnostic.message());
        String target = quoted.find() ? quoted.group(1) : diagnostic.message();
        return diagnostic.page() + "\t" + (target.startsWith("xref:") ? target.substring("xref:".length()) : target);
    }

    /**
     * The configuration of {@link #configuration} with its content roots read from branch
     * {@code main} of {@code repository} (the corpus committed) as the start paths of one git source.
     */
    static SiteConfig.Builder gitConfiguration(Path root, Path repository, Path cache) throws Exception {
        SiteConfig folders = configuration(root).build();
        java.util.List<String> startPaths = folders.antoraSources().stream()
                .map(p -> root.relativize(p).toString().replace('\\', '/')).toList();
        SiteConfig.Builder builder = SiteConfig.builder(root).title(folders.title())
                .gitSource(new io.docstack.config.GitSource(repository.toString(), java.util.List.of("main"),
                        java.util.List.of(), startPaths, null, null, null, null, cache));
        folders.attributes().forEach(builder::attribute);
        folders.severities().forEach(builder::severity);
        return builder;
    }

    /** The site configuration of {@code adoc-causeway-configuration.xml}, as the Maven plugin maps it. */
    static SiteConfig.Builder configuration(Path root) throws Exception {
        return Corpora.configuration(root, "/corpora/adoc-causeway-configuration.xml");
    }
}
