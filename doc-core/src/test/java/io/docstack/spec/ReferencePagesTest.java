package io.docstack.spec;

import static io.docstack.spec.HandMadeSpecs.operation;
import static io.docstack.spec.HandMadeSpecs.parameter;
import static io.docstack.spec.HandMadeSpecs.recursive;
import static io.docstack.spec.HandMadeSpecs.schema;
import static io.docstack.spec.HandMadeSpecs.service;
import static io.docstack.spec.HandMadeSpecs.string;
import static io.docstack.spec.HandMadeSpecs.tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.docstack.Golden;
import io.docstack.model.Heading;
import io.docstack.model.Page;
import io.docstack.model.SitePath;

class ReferencePagesTest {

    private static final String SERVERS = "api/servers.html";
    private static final String FLAVORS = "api/flavors.html";

    /** Two tags, four operations (one deprecated), path and query parameters, a rich request body. */
    static ServiceSpec sample() {
        Schema network = schema("object")
                .property("uuid", schema("string").format("uuid").description("The network to attach.").build())
                .property("port", schema("string").format("uuid").nullable().build())
                .required("uuid").build();
        Schema placement = schema("object").name("Node").description("A placement tree.")
                .property("name", string())
                .property("children", schema("array").items(recursive("Node")).build())
                .build();
        Schema server = schema("object").name("ServerCreate")
                .property("name", schema("string").description("The server name.").build())
                .property("flavorRef", schema("string").description("The flavor ID or *URL*.").build())
                .property("networks", schema().description("Networks to attach.")
                        .oneOf(schema("string").enumValues("auto", "none").build(), schema("array").items(network).build())
                        .build())
                .property("metadata", schema("object").description("Key and value pairs.").build())
                .property("placement", placement)
                .property("personality", schema("array").deprecated().items(string()).build())
                .required("name", "flavorRef", "networks").build();
        Schema body = schema("object").property("server", server).required("server").build();
        Schema serverSummary = schema("object").name("Server")
                .property("id", schema("string").format("uuid").build())
                .property("status", schema("string").enumValues("ACTIVE", "BUILD", "ERROR").build())
                .required("id").build();
        Schema flavor = schema().name("FlavorChoice")
                .anyOf(schema("object").name("Flavor").property("vcpus", schema("integer").format("int32").build()).build(),
                        schema("object").name("FlavorRef").property("id", string()).build())
                .build();

        Operation list = operation("GET", "/servers", SERVERS).id("listServers").tag("servers")
                .summary("List servers")
                .description("Lists the servers of the project.\n\nSee [filters](https://example.org/filters).")
                .parameter(parameter("limit", "query", false, "Most servers returned.",
                        schema("integer").format("int32").build()))
                .parameter(parameter("status", "query", false, "Only servers with this status.",
                        schema("string").enumValues("ACTIVE", "BUILD", "ERROR").build()))
                .parameter(parameter("X-OpenStack-Request-Id", "header", false, null, string()))
                .response("200", "OK", schema("object").property("servers", schema("array").items(serverSummary).build()).build(),
                        "{\n  \"servers\": [\n    {\"id\": \"9f1b\", \"status\": \"ACTIVE\"}\n  ]\n}")
                .build();
        Operation create = operation("POST", "/servers", SERVERS).id("createServer").tag("servers")
                .summary("Create server")
                .body("The server to create.", body, "{\n  \"server\": {\"name\": \"web-1\", \"flavorRef\": \"1\", \"networks\": \"auto\"}\n}")
                .response("202", "Accepted.", schema("object").property("server", serverSummary).build(), null)
                .response("400", "The request is invalid.", null, null)
                .build();
        Operation show = operation("GET", "/servers/{server_id}", SERVERS).id("showServer").tag("servers")
                .summary("Show server details").deprecated()
                .description("Use `GET /servers/{server_id}/details` instead.")
                .parameter(new Operation.Parameter("fields", "query", false, true, "Fields to return.", string()))
                .parameter(parameter("server_id", "path", true, "The UUID of the server.",
                        schema("string").format("uuid").build()))
                .response("200", "OK", serverSummary, null)
                .response("404", "No such server.", null, null)
                .build();
        Operation showFlavor = operation("GET", "/flavors/{flavor_id}", FLAVORS).tag("flavors")
                .parameter(parameter("flavor_id", "path", true, "The flavor ID.", string()))
                .response("200", "The flavor.\n\nIt may be a summary only.", flavor, null)
                .response("default", "An error.", null, null)
                .build();
        return service(List.of(tag("servers", "Servers are **virtual machines**."), tag("flavors", "Sizes of servers.")),
                List.of(list, create, show, showFlavor));
    }

    @Test
    void pagesMatchTheGoldenFiles() {
        List<Page> pages = ReferencePages.of(sample());
        StringBuilder summary = new StringBuilder();
        for (Page page : pages) {
            Golden.assertMatches("golden/api/expected/" + page.output().fileName(), page.html().getBytes(StandardCharsets.UTF_8));
            summary.append(page.output()).append(" | ").append(page.title()).append(" | ").append(page.description())
                    .append(" | order ").append(page.order()).append(" | ").append(page.displayPath()).append('\n');
            page.headings().forEach(h -> summary.append("  h").append(h.level()).append(" #").append(h.id())
                    .append(' ').append(h.text()).append('\n'));
        }
        Golden.assertMatches("golden/api/expected/pages.txt", summary.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void indexComesFirstThenOnePagePerTagInTagOrder() {
        List<Page> pages = ReferencePages.of(sample());

        assertThat(pages).extracting(p -> p.output().value()).containsExactly("api/index.html", SERVERS, FLAVORS);
        assertThat(pages).extracting(Page::order).containsExactly(0, 1, 2);
        assertThat(pages).extracting(Page::title).containsExactly("Compute API reference", "servers", "flavors");
        assertThat(pages.get(1).description()).contains("Compute");
        for (Page page : pages) {
            assertThat(page.source()).isEqualTo(page.output());
            assertThat(page.project()).isEqualTo(HandMadeSpecs.COMPUTE);
            assertThat(page.displayPath()).isEqualTo("compute/src/openapi/compute.yaml");
            assertThat(page.links()).isEmpty();
            assertThat(page.failed()).isFalse();
        }
    }

    @Test
    void idsAreUniqueOnEveryPageAndAreItsAnchors() {
        for (Page page : ReferencePages.of(sample())) {
            List<String> ids = Jsoup.parseBodyFragment(page.html()).select("[id]").eachAttr("id");
            assertThat(ids).as(page.output().value()).doesNotHaveDuplicates();
            assertThat(page.anchors()).as(page.output().value()).containsExactlyInAnyOrderElementsOf(ids);
        }
    }

    @Test
    void theSmallestLimitsGiveTheSamePagesHeadingsAndAnchors() {
        List<Page> full = ReferencePages.of(sample());
        List<Page> smallest = ReferencePages.of(sample(), ReferenceLimits.SMALLEST);
        assertThat(smallest).extracting(Page::ref, Page::title, Page::headings, Page::anchors)
                .containsExactlyElementsOf(full.stream()
                        .map(p -> org.assertj.core.groups.Tuple.tuple(p.ref(), p.title(), p.headings(), p.anchors())).toList());
    }

    @Test
    void headingsListEveryHeadingButTheFixedSubsectionsOfOperations() {
        for (Page page : ReferencePages.of(sample())) {
            List<Heading> inHtml = Jsoup.parseBodyFragment(page.html()).select("h1, h2, h3, h4, h5, h6").stream()
                    .filter(h -> !h.id().matches(".*--(parameters|request|responses)"))
                    .map(h -> new Heading(Integer.parseInt(h.tagName().substring(1)), h.text(), h.id(), 0)).toList();
            assertThat(page.headings()).as(page.output().value()).isEqualTo(inHtml);
            assertThat(page.anchors()).as("subsections keep their ids").allMatch(id -> page.html().contains("id=\"" + id + "\""));
        }
    }

    @Test
    void everyOperationHasItsSectionAndSubsectionsOnItsTagPage() {
        ServiceSpec spec = sample();
        Map<SitePath, Page> pages = ReferencePages.of(spec).stream().collect(Collectors.toMap(Page::output, Function.identity()));
        for (Operation operation : spec.operations()) {
            Document page = Jsoup.parseBodyFragment(pages.get(operation.page()).html());
            Element heading = page.getElementById(operation.anchor());
            assertThat(heading).as(operation.name()).isNotNull();
            assertThat(heading.tagName()).isEqualTo("h2");
            for (String part : List.of("parameters", "request", "responses")) {
                Element subsection = page.getElementById(operation.anchor() + "--" + part);
                assertThat(subsection).as(part).isNotNull();
                assertThat(subsection.tagName()).isEqualTo("h3");
            }
        }
        assertThat(pages.get(SitePath.of("api/flavors.html")).anchors()).contains("GET--flavors--flavor_id-");
    }

    @Test
    void everyLinkBetweenReferencePagesReachesAnAnchor() {
        List<Page> pages = ReferencePages.of(sample());
        Map<SitePath, Page> byPath = pages.stream().collect(Collectors.toMap(Page::output, Function.identity()));
        List<String> checked = new ArrayList<>();
        for (Page page : pages) {
            for (String href : Jsoup.parseBodyFragment(page.html()).select("a[href]").eachAttr("href")) {
                if (href.startsWith("https:")) {
                    continue;
                }
                String[] parts = href.split("#", 2);
                SitePath target = parts[0].isEmpty() ? page.output() : page.output().resolveSibling(parts[0]).orElseThrow();
                assertThat(byPath).as(href).containsKey(target);
                if (parts.length == 2) {
                    assertThat(byPath.get(target).anchors()).as(href).contains(parts[1]);
                }
                checked.add(href);
            }
        }
        assertThat(checked).contains("servers.html", "flavors.html", "servers.html#showServer",
                "flavors.html#GET--flavors--flavor_id-");
    }

    @Test
    void deprecatedOperationsAndParametersAreMarked() {
        List<Page> pages = ReferencePages.of(sample());
        Document index = Jsoup.parseBodyFragment(pages.get(0).html());
        assertThat(index.select("tr.api-deprecated a").eachAttr("href")).containsExactly("servers.html#showServer");
        Document servers = Jsoup.parseBodyFragment(pages.get(1).html());
        Element show = servers.getElementById("showServer").parent();
        assertThat(show.hasClass("api-deprecated")).isTrue();
        assertThat(show.select(".api-deprecated-notice")).hasSize(1);
        assertThat(show.select("table.api-params tr.api-deprecated code.api-name").text()).isEqualTo("fields");
        // Path parameters come first, then query parameters.
        assertThat(show.select("table.api-params code.api-name").eachText()).containsExactly("server_id", "fields");
    }

    @Test
    void hostileSpecTextIsEscapedOrNeutralised() {
        String script = "<script>alert(1)</script>";
        String markdown = script + "\n\n<img src=x onerror=alert(1)>\n\n[click](javascript:alert(1)) "
                + "[upper](JaVaScRiPt:alert(1)) [entity](&#106;avascript:alert(1)) <javascript:alert(1)> "
                + "![img](javascript:alert(1)) [ref][r] [vb](vbscript:msgbox(1))\n\n[r]: javascript:alert(1)\n";
        Schema hostileSchema = schema("object").name(script).description(markdown)
                .property("<b onmouseover=alert(1)>", schema("string").description(markdown).enumValues(script).build())
                .build();
        Operation operation = operation("GET", "/x/{" + script + "}", "api/evil.html").id("evil")
                .anchor("evil\" onmouseover=\"alert(1)").summary(script).description(markdown).tag("evil")
                .parameter(parameter("p\" onclick=\"alert(1)", "query", true, markdown, hostileSchema))
                .body(markdown, hostileSchema, "</code></pre>" + script)
                .response("200\"><script>", markdown, hostileSchema, script)
                .build();
        ServiceSpec spec = new ServiceSpec(HandMadeSpecs.COMPUTE, script, markdown, script,
                List.of(new ServiceSpec.SpecFile(java.nio.file.Path.of("x"), script, script)),
                List.of(new ServiceSpec.Tag(script, markdown, SitePath.of("api/evil.html"))), List.of(operation));

        for (Page page : ReferencePages.of(spec)) {
            assertThat(page.html().toLowerCase(Locale.ROOT)).doesNotContain("<script", "<img");
            assertThat(page.html()).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
            Document document = Jsoup.parseBodyFragment(page.html());
            for (Element element : document.getAllElements()) {
                assertThat(element.tagName()).isNotIn("script", "img", "iframe", "object", "embed", "style", "b");
                for (Attribute attribute : element.attributes()) {
                    assertThat(attribute.getKey()).as(element.outerHtml()).doesNotStartWith("on");
                    String value = attribute.getValue().replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
                    assertThat(value).as(element.outerHtml()).doesNotStartWith("javascript:").doesNotStartWith("vbscript:");
                }
            }
        }
        Page evil = ReferencePages.of(spec).get(1);
        assertThat(Jsoup.parseBodyFragment(evil.html()).text()).contains("click", "upper", "entity");
        assertThat(evil.anchors()).contains("evil\" onmouseover=\"alert(1)");
    }

    @Test
    @Timeout(10)
    void aVeryLargeSchemaIsShortenedWithANote() {
        Schema deep = string();
        for (int level = 0; level < 40; level++) {
            HandMadeSpecs.SchemaBuilder wide = schema("object").property("next", deep);
            for (int i = 0; i < 200; i++) {
                wide.property("field" + i, schema("string").description("Field **" + i + "**.").build());
            }
            deep = wide.build();
        }
        Page page = ReferencePages.of(single(deep)).get(1);

        Document html = Jsoup.parseBodyFragment(page.html());
        assertThat(html.select("table.api-schema tbody tr")).hasSize(ReferenceLimits.DEFAULTS.maxSchemaRows());
        assertThat(html.select("p.api-truncated").text()).contains("Only the first 100 rows");
        assertThat(page.html().length()).isLessThan(100_000);

        Page narrow = ReferencePages.of(single(deep), new ReferenceLimits(3, 10_000, 30, 20_000)).get(1);
        Document narrowHtml = Jsoup.parseBodyFragment(narrow.html());
        assertThat(narrowHtml.select("p.api-truncated").text()).contains("deeper than 3 levels").doesNotContain("rows");
        assertThat(narrowHtml.select("table.api-schema code.api-name").eachText()).contains("next.next.field0")
                .doesNotContain("next.next.next.field0");
    }

    @Test
    @Timeout(10)
    void schemasSharedBetweenBranchesDoNotMultiplyTheWork() {
        // Each level refers to the level below twice: walked as a tree it has 2^60 nodes.
        Schema shared = string();
        for (int level = 0; level < 60; level++) {
            shared = schema().allOf(shared, shared).oneOf(shared, shared).build();
        }
        Page page = ReferencePages.of(single(shared)).get(1);
        assertThat(page.html()).contains("api-truncated");
        assertThat(page.html().length()).isLessThan(100_000);
    }

    @Test
    void longEnumsAndExamplesAreShortenedWithANote() {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            values.add("value" + i);
        }
        Schema manyValues = schema("object").property("kind", schema("string").enumValues(values.toArray(String[]::new)).build()).build();
        Operation operation = operation("POST", "/things", "api/things.html").id("createThing").tag("things")
                .body(null, manyValues, "x".repeat(50_000)).build();
        ServiceSpec spec = service(List.of(tag("things", null)), List.of(operation));

        String html = ReferencePages.of(spec).get(1).html();
        assertThat(html).contains("<code>value29</code>", "and 470 more (first 30 shown)").doesNotContain("value30<");
        assertThat(html).contains("x".repeat(20_000) + "</code></pre>", "only the first 20000 characters");
    }

    @Test
    void theSameSpecGivesTheSamePages() {
        assertThat(ReferencePages.of(sample())).isEqualTo(ReferencePages.of(sample()));
    }

    @Test
    void anOperationOnNoTagsPageIsABugOfTheSpecStage() {
        Operation stray = operation("GET", "/stray", "api/nowhere.html").id("stray").build();
        ServiceSpec spec = service(List.of(tag("servers", null)), List.of(stray));
        assertThatThrownBy(() -> ReferencePages.of(spec)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("api/nowhere.html");
    }

    @Test
    void aTagWithoutOperationsStillGetsItsPage() {
        List<Page> pages = ReferencePages.of(service(List.of(tag("empty", "Nothing here yet.")), List.of()));
        assertThat(pages).hasSize(2);
        assertThat(pages.get(1).html()).contains("No operations have this tag.");
    }

    /** A service with one operation whose request body is {@code schema}. */
    private static ServiceSpec single(Schema schema) {
        Operation operation = operation("POST", "/big", "api/big.html").id("createBig").tag("big")
                .body(null, schema, null).build();
        return service(List.of(tag("big", null)), List.of(operation));
    }
}
