package io.docstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.search.Filters;
import io.docstack.search.Hit;

/** {@code doc:build} writes the search index beside the site and its static export into it, and {@link Docstack#search} answers from it. */
class SearchBuildTest {

    @TempDir
    Path copy;

    @Test
    void theBuildWritesTheIndexBesideTheSiteAndItAnswersQueries() throws Exception {
        SampleSuite.copyTo(copy);
        Path output = copy.resolve("target/site");
        Docstack.build(SampleSuite.site(copy).build());

        Path index = Docstack.searchIndex(output);
        assertThat(index).isEqualTo(copy.resolve("target/site-search").toAbsolutePath().normalize());
        assertThat(index).isDirectoryContaining(p -> p.getFileName().toString().startsWith("segments_"));
        try (var files = Files.walk(output)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("segments_"));
        }
        // The static export for browsers is part of the site.
        assertThat(output.resolve("_docstack/search/meta.json")).isRegularFile();
        assertThat(output.resolve("_docstack/search/t-0.json")).isRegularFile();
        assertThat(output.resolve("_docstack/search/docs-0.json")).isRegularFile();
        List<Hit> hits = Docstack.search(index, "create a port", Filters.NONE, 5);
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).url()).startsWith("network/1.9/");
        assertThat(output.resolve(hits.get(0).url().replaceFirst("#.*", ""))).isRegularFile();

        // A second build replaces the index instead of adding to it.
        Docstack.build(SampleSuite.site(copy).build());
        assertThat(Docstack.search(index, "create a port", Filters.NONE, 5)).isEqualTo(hits);
    }
}
