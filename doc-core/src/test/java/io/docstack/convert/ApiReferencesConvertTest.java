package io.docstack.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.docstack.config.Limits;
import io.docstack.model.Link;
import io.docstack.model.ProjectVersion;
import io.docstack.model.SitePath;
import io.docstack.source.SourceFile;

/** The API reference forms, the same in Markdown and AsciiDoc: links, code, and request lines. */
class ApiReferencesConvertTest {

    private static AsciidocConverter asciidoc;
    private final MarkdownConverter markdown = new MarkdownConverter(Limits.DEFAULTS);

    @BeforeAll
    static void boot() {
        asciidoc = new AsciidocConverter(Limits.DEFAULTS);
        asciidoc.start();
    }

    @AfterAll
    static void shutDown() {
        asciidoc.close();
    }

    @Test
    void markdownLinksCodeAndRequestLinesAreReferencesWithPositions() {
        Conversion page = markdown.convert("""
                # Servers

                See [list servers](api:compute:listServers) and [one](<api:compute:GET /servers/{id}>).
                Bare: `api:network@2.0:createPort#name`, but `os_compute_api:os-migrate` and `api:` are code.

                ```http service=network
                POST /v2.0/ports HTTP/1.1
                Content-Type: application/json
                ```

                ```bash
                $ GET https://compute.example.com/v2.1/servers?limit=2
                ```

                ```python
                GET /not/a/request
                ```

                ```http
                not a request line
                ```

                ```json
                GET _cat/indices?v
                ```

                ```
                $ curl -s -X DELETE \\
                    -H "X-Auth-Token: $TOKEN" \\
                    "http://localhost:8774/v2.1/servers/42"
                ```
                """, "compute/servers.md");

        assertThat(page.links()).extracting(Link::kind, Link::target, Link::line, Link::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Link.Kind.LINK, "api:compute:listServers", 3, 5),
                org.assertj.core.groups.Tuple.tuple(Link.Kind.LINK, "api:compute:GET /servers/{id}", 3, 49),
                org.assertj.core.groups.Tuple.tuple(Link.Kind.CODE, "api:network@2.0:createPort#name", 4, 8),
                org.assertj.core.groups.Tuple.tuple(Link.Kind.REQUEST, "api:network:POST /v2.0/ports", 7, 1),
                org.assertj.core.groups.Tuple.tuple(Link.Kind.REQUEST,
                        "api::GET https://compute.example.com/v2.1/servers?limit=2", 12, 3),
                org.assertj.core.groups.Tuple.tuple(Link.Kind.REQUEST, "api::GET /_cat/indices?v", 24, 1),
                org.assertj.core.groups.Tuple.tuple(Link.Kind.REQUEST,
                        "api::DELETE http://localhost:8774/v2.1/servers/42", 28, 3));
        assertThat(page.html())
                .contains("<a href=\"docstack-link:2\" class=\"api-ref\"><code>api:network@2.0:createPort#name</code></a>")
                .contains("<code>os_compute_api:os-migrate</code>")
                .doesNotContain("docstack-link:3").doesNotContain("docstack-link:4");
    }

    @Test
    void asciidocMacroCodeAndListingBlocksAreReferences() {
        String text = """
                = Server groups

                Use api:compute:createServerGroup[create a group] or api:image:listImages[].
                Also `api:compute:listServerGroups` and `os_compute_api:x`.

                [source,http,service=network]
                ----
                GET /v2.0/ports
                ----

                [source,python]
                ----
                GET /v2.0/ports
                ----

                .Create an index
                [source,console]
                ----
                PUT /iris_data
                ----

                ----
                GET _cat/indices?v
                ----

                [source]
                ....
                ----
                GET /not/a/block/start
                ....

                ////
                GET /in/a/comment
                ////

                [source,bash]
                ----
                export TOKEN=x
                curl -XPOST localhost:9200/_snapshot/snap_repo \\
                  -d '{"type": "fs"}'
                ----
                """;
        SourceFile file = new SourceFile(new ProjectVersion("compute", "1.0"), SitePath.of("groups.adoc"),
                Path.of("groups.adoc"), SourceFile.Kind.ASCIIDOC, "compute/groups.adoc");
        Conversion page = asciidoc.convert(file, text, Path.of("."));

        assertThat(page.links()).extracting(Link::kind, Link::target, Link::line, Link::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Link.Kind.LINK, "api:compute:createServerGroup", 3, 5),
                org.assertj.core.groups.Tuple.tuple(Link.Kind.LINK, "api:image:listImages", 3, 54),
                org.assertj.core.groups.Tuple.tuple(Link.Kind.CODE, "api:compute:listServerGroups", 4, 7),
                org.assertj.core.groups.Tuple.tuple(Link.Kind.REQUEST, "api:network:GET /v2.0/ports", 8, 1),
                org.assertj.core.groups.Tuple.tuple(Link.Kind.REQUEST, "api::PUT /iris_data", 19, 1),
                org.assertj.core.groups.Tuple.tuple(Link.Kind.REQUEST, "api::GET /_cat/indices?v", 23, 1),
                org.assertj.core.groups.Tuple.tuple(Link.Kind.REQUEST,
                        "api::POST http://localhost:9200/_snapshot/snap_repo", 39, 1));
        assertThat(page.html())
                .contains("<a href=\"docstack-link:0\" class=\"api-ref\">create a group</a>")
                .contains("<a href=\"docstack-link:1\" class=\"api-ref\"></a>")
                .contains("<a class=\"api-ref\" href=\"docstack-link:2\"><code>api:compute:listServerGroups</code></a>");
        assertThat(page.diagnostics()).isEmpty();
    }

    @Test
    void apiCodeReferencesHaveTheirShape() {
        assertThat(List.of("api:compute:x", "api:compute:GET /servers", "api:compute@1.0:a#b"))
                .allMatch(ApiMentions::isReference);
        assertThat(List.of("api:", "api:Compute:x", "xapi:compute:x", "api:compute:", "api:c:x\ny"))
                .noneMatch(ApiMentions::isReference);
    }

    @Test
    void codeInsideALinkIsCheckedButNotLinkedAgain() {
        Conversion page = markdown.convert("[`api:compute:listServers`](guide.md)\n", "compute/x.md");
        assertThat(page.links()).extracting(Link::kind, Link::target)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Link.Kind.LINK, "guide.md"),
                        org.assertj.core.groups.Tuple.tuple(Link.Kind.CODE, "api:compute:listServers"));
        assertThat(page.html()).isEqualTo("<p><a href=\"docstack-link:0\"><code>api:compute:listServers</code></a></p>\n");
    }

    @Test
    void macrosShownInListingsAndPassthroughsStayAsWritten() {
        String text = """
                = Examples

                ----
                api:compute:listServers[list] and xref:network:ports.adoc[ports]
                ----

                +api:image:listImages[]+
                """;
        SourceFile file = new SourceFile(new ProjectVersion("compute", "1.0"), SitePath.of("ex.adoc"),
                Path.of("ex.adoc"), SourceFile.Kind.ASCIIDOC, "compute/ex.adoc");
        Conversion page = asciidoc.convert(file, text, Path.of("."));
        assertThat(page.html()).contains("api:compute:listServers[list] and xref:network:ports.adoc[ports]")
                .contains("api:image:listImages[]").doesNotContain("%3A");
        assertThat(page.links()).isEmpty();
    }
}
