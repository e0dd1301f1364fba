package io.docstack.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.TestFiles;
import io.docstack.config.SiteConfig;
import io.docstack.convert.ConvertedSite;
import io.docstack.convert.Converter;
import io.docstack.model.PageRef;
import io.docstack.model.ProjectVersion;
import io.docstack.model.SitePath;
import io.docstack.source.Catalog;
import io.docstack.source.Sources;
import io.docstack.spec.ApiSite;

/**
 * The link stage kept between edits: after each edit its graph is the one resolving the whole
 * site gives, and the pages the edit cannot reach keep their resolved links.
 */
class LiveLinksTest {

    @TempDir
    Path base;

    @Test
    void everyUpdateGivesTheGraphAWholeResolveGives() throws Exception {
        Path docs = TestFiles.write(base.resolve("docs"),
                "a.md", "# A\n\nSee [x](b.md#setup) and [other](xref:net:n.md).\n",
                "b.md", "# B\n\n## Setup\n",
                "c.md", "# C\n\nSee [later](d.md).\n",
                "e.md", "# E\n\nNo links.\n");
        Path net = TestFiles.write(base.resolve("net"), "n.md", "# N\n\nBack to [b](xref:compute:b.md#setup).\n");
        SiteConfig config = TestFiles.site(base, base.resolve("out")).project(TestFiles.project("compute", docs))
                .project(TestFiles.project("net", net)).build();
        ApiSite apis = new ApiSite(List.of(), List.of());
        try (Converter converter = Converter.open(config.limits(), 2, true)) {
            Catalog catalog = Sources.aggregate(config);
            ConvertedSite site = converter.convert(catalog);
            LiveLinks live = LiveLinks.resolve(catalog, site, apis);
            LinkGraph first = live.graph();

            // the anchor others link to is renamed: a.md and net's n.md break (c.md was broken already), e.md is not touched
            Files.writeString(docs.resolve("b.md"), "# B\n\n## Install\n");
            LinkGraph renamed = update(live, converter, config, docs.resolve("b.md"));
            assertThat(renamed.diagnostics()).extracting(d -> d.file()).containsExactly("docs/a.md", "docs/c.md", "net/n.md");
            assertThat(live.relinked()).extracting(r -> r.source().value()).containsExactlyInAnyOrder("a.md", "b.md", "n.md");
            assertThat(renamed.of(ref("compute", "e.md"))).isSameAs(first.of(ref("compute", "e.md")));

            // text edited, anchors unchanged: only the page itself
            Files.writeString(docs.resolve("b.md"), "# B\n\n## Install\n\nMore.\n");
            update(live, converter, config, docs.resolve("b.md"));
            assertThat(live.relinked()).extracting(r -> r.source().value()).containsExactly("b.md");

            // the page a broken link wants is created
            Files.writeString(docs.resolve("d.md"), "# D\n");
            LinkGraph created = update(live, converter, config, docs.resolve("d.md"));
            assertThat(created.of(ref("compute", "c.md")).get(0).broken()).isFalse();

            // a page deleted: links into it break
            Files.delete(docs.resolve("b.md"));
            update(live, converter, config, docs.resolve("b.md"));
        }
    }

    /** Updates after {@code file} was edited, and checks the result against a whole resolve. */
    private LinkGraph update(LiveLinks live, Converter converter, SiteConfig config, Path file) {
        Path edited = file.toAbsolutePath().normalize();
        Catalog catalog = Sources.aggregate(config);
        Converter.Update converted = converter.update(catalog, Set.of(edited));
        Set<PageRef> changed = new HashSet<>(converted.changed());
        LinkGraph graph = live.update(catalog, converted.site(), changed);
        assertThat(graph).as("after editing %s", file)
                .isEqualTo(Linker.resolve(catalog, converted.site(), new ApiSite(List.of(), List.of())));
        return graph;
    }

    private static PageRef ref(String project, String path) {
        return new PageRef(new ProjectVersion(project, "1.0"), SitePath.of(path));
    }
}
