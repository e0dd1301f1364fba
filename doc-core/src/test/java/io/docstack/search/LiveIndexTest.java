package io.docstack.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.TestFiles;
import io.docstack.config.SiteConfig;
import io.docstack.convert.Converter;
import io.docstack.spec.ApiSite;
import io.docstack.source.Sources;

/** The preview's index: an edited page's sections replace its old ones, a deleted page's go. */
class LiveIndexTest {

    @TempDir
    Path base;

    @Test
    void anUpdateReplacesTheSectionsOfTheChangedPages() throws Exception {
        Path docs = TestFiles.write(base.resolve("docs"), "a.md", "# Alpha\n\nAbout walruses.\n\n## Care\n\nFeeding walruses.\n",
                "b.md", "# Beta\n\nAbout penguins.\n");
        SiteConfig config = TestFiles.site(base, base.resolve("out")).project(TestFiles.project("compute", docs)).build();
        ApiSite apis = new ApiSite(List.of(), List.of());
        try (Converter converter = Converter.open(config.limits(), 2, true);
             LiveIndex index = LiveIndex.create(converter.convert(Sources.aggregate(config)), apis, base.resolve("index"))) {
            try (Searcher searcher = index.searcher()) {
                assertThat(urls(searcher, "walruses")).containsExactlyInAnyOrder("compute/1.0/a.html", "compute/1.0/a.html#care");
            }

            Files.writeString(docs.resolve("a.md"), "# Alpha\n\nAbout narwhals.\n");
            Converter.Update edited = converter.update(Sources.aggregate(config), Set.of(docs.resolve("a.md").toAbsolutePath()));
            index.update(edited.site(), apis, edited.changed(), false);
            try (Searcher searcher = index.searcher()) {
                assertThat(urls(searcher, "walruses")).isEmpty();
                assertThat(urls(searcher, "narwhals")).containsExactly("compute/1.0/a.html");
                assertThat(urls(searcher, "penguins")).containsExactly("compute/1.0/b.html");
            }

            Files.delete(docs.resolve("b.md"));
            Converter.Update deleted = converter.update(Sources.aggregate(config), Set.of(docs.resolve("b.md").toAbsolutePath()));
            index.update(deleted.site(), apis, deleted.changed(), false);
            try (Searcher searcher = index.searcher()) {
                assertThat(urls(searcher, "penguins")).isEmpty();
            }
        }
    }

    private static List<String> urls(Searcher searcher, String query) {
        return searcher.search(query, Filters.NONE, 10).stream().map(Hit::url).toList();
    }
}
