package io.docstack.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.docstack.Docstack;
import io.docstack.TestFiles;
import io.docstack.build.BuildResult;
import io.docstack.config.Limits;
import io.docstack.config.SiteConfig;
import io.docstack.external.LocalServer;
import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;

class InventoryFilesTest {

    @TempDir
    Path dir;

    private static Inventory sample() {
        Inventory.Page page = new Inventory.Page("guide/ports.md", "guide/ports.html", "net/src/docs/guide/ports.md",
                "Ports", List.of("create-a-port", "ports"), List.of(new Inventory.Xref("xref:compute:boot.md#flavors", 12, 5)));
        List<Inventory.Operation> operations = List.of(
                new Inventory.Operation("createPort", "POST", "/v2.0/ports", "api/ports.html", "createport", false,
                        List.of("fixed_ips", "name")),
                new Inventory.Operation(null, "GET", "/v2.0/ports/{port_id}", "api/ports.html", "get-v2.0-ports-port_id",
                        true, List.of("port_id")));
        return new Inventory("", List.of(new Inventory.Project("net", "1.9", "Network", List.of(page), operations)));
    }

    @Test
    void operationsReadBackAsWritten() {
        Inventory.Project project = InventoryFiles.parse("x.json", InventoryFiles.toJson(sample())).inventory()
                .projects().get(0);
        assertThat(project.operations()).isEqualTo(sample().projects().get(0).operations());
        assertThat(project.operations().get(1).operationId()).isNull();
        assertThat(project.operations().get(1).deprecated()).isTrue();
    }

    @Test
    void anInventoryWrittenBeforeOperationsLoadsWithNone() {
        String json = """
                {"format":1,"generator":"Docstack","projects":[{"name":"net","version":"1.9","title":"Network",
                 "pages":[{"path":"index.md","output":"index.html","file":"index.md","title":"Net","anchors":[],"xrefs":[]}]}]}
                """;
        InventoryFiles.Loaded loaded = InventoryFiles.parse("old.json", json.getBytes(StandardCharsets.UTF_8));
        assertThat(loaded.problem()).isNull();
        assertThat(loaded.inventory().projects().get(0).operations()).isEmpty();
        assertThat(loaded.inventory().projects().get(0).pages()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no method      | {\"path\":\"/x\",\"page\":\"api/x.html\",\"anchor\":\"x\"}                   | method",
            "no anchor      | {\"method\":\"GET\",\"path\":\"/x\",\"page\":\"api/x.html\"}                  | anchor",
            "lower case     | {\"method\":\"get\",\"path\":\"/x\",\"page\":\"api/x.html\",\"anchor\":\"x\"} | 'get'",
            "page outside   | {\"method\":\"GET\",\"path\":\"/x\",\"page\":\"../x.html\",\"anchor\":\"x\"}  | '../x.html'",
            "null field     | {\"method\":\"GET\",\"path\":\"/x\",\"page\":\"api/x.html\",\"anchor\":\"x\",\"fields\":[null]} | "})
    void aMalformedOperationIsAnInventoryLoadProblemWithItsPosition(String name, String operation, String says) {
        String json = "{\"format\":1,\"projects\":[{\"name\":\"net\",\"version\":\"1\",\"pages\":[],\n"
                + "\"operations\":[" + operation + "]}]}";
        InventoryFiles.Loaded loaded = InventoryFiles.parse("bad.json", json.getBytes(StandardCharsets.UTF_8));
        assertThat(loaded.inventory()).isNull();
        assertThat(loaded.problem()).extracting(Diagnostic::rule, Diagnostic::file, Diagnostic::line)
                .containsExactly(Rules.INVENTORY_LOAD, "bad.json", 2);
        assertThat(loaded.problem().message()).startsWith("not a valid link inventory").contains(says == null ? "" : says);
        assertThat(loaded.problem().hint()).contains("doc:build");
    }

    @Test
    void anInventoryReadsBackAsWritten() throws IOException {
        Path file = dir.resolve("site/" + Inventory.FILE_NAME);
        InventoryFiles.write(sample(), file);
        InventoryFiles.Loaded loaded = InventoryFiles.load("site/" + Inventory.FILE_NAME, dir);
        assertThat(loaded.problem()).isNull();
        assertThat(loaded.inventory().projects()).isEqualTo(sample().projects());
        assertThat(loaded.inventory().source()).isEqualTo("site/" + Inventory.FILE_NAME);
        assertThat(Files.list(file.getParent())).containsExactly(file);
    }

    @Test
    void anInventoryIsReadFromTheEntryOfAZip() throws IOException {
        Path zip = dir.resolve("net-docs.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry(Inventory.FILE_NAME));
            out.write(InventoryFiles.toJson(sample()));
            out.closeEntry();
        }
        assertThat(InventoryFiles.load(zip.toString(), dir).inventory().projects()).isEqualTo(sample().projects());
    }

    @Test
    void aMissingFileIsADiagnosticThatSaysHowToMakeOne() {
        InventoryFiles.Loaded loaded = InventoryFiles.load("nowhere/inventory.json", dir);
        assertThat(loaded.inventory()).isNull();
        assertThat(loaded.problem().rule()).isEqualTo(Rules.INVENTORY_LOAD);
        assertThat(loaded.problem().file()).isEqualTo("nowhere/inventory.json");
        assertThat(loaded.problem().message()).contains("does not exist");
        assertThat(loaded.problem().hint()).contains("doc:build");
    }

    @Test
    void brokenJsonIsReportedWithItsPosition() throws IOException {
        Files.writeString(dir.resolve("bad.json"), "{\"format\": 1,\n  \"projects\": [ {\"name\": }\n");
        InventoryFiles.Loaded loaded = InventoryFiles.load("bad.json", dir);
        assertThat(loaded.problem().line()).isEqualTo(2);
        assertThat(loaded.problem().column()).isPositive();
        assertThat(loaded.problem().message()).startsWith("not a valid link inventory");
    }

    @Test
    void jsonOfAnotherShapeOrANewerFormatIsRefused() throws IOException {
        Files.writeString(dir.resolve("other.json"), "{\"name\": \"package.json\"}");
        assertThat(InventoryFiles.load("other.json", dir).problem().message()).contains("not a Docstack link inventory");
        Files.writeString(dir.resolve("future.json"), "{\"format\": 99, \"projects\": []}");
        assertThat(InventoryFiles.load("future.json", dir).problem().message()).contains("newer");
        Files.writeString(dir.resolve("array.json"), "[1, 2]");
        assertThat(InventoryFiles.load("array.json", dir).problem()).isNotNull();
    }

    @Test
    void anUnreachableUrlIsADiagnosticNotAnException() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/" + Inventory.FILE_NAME;
        InventoryFiles.Loaded loaded = InventoryFiles.load(url, dir);
        assertThat(loaded.problem().rule()).isEqualTo(Rules.INVENTORY_LOAD);
        assertThat(loaded.problem().file()).isEqualTo(url);
        assertThat(loaded.problem().message()).startsWith("cannot read the inventory");
    }

    @Test
    void anInventoryIsFetchedOverHttp() throws IOException {
        var server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] json = InventoryFiles.toJson(sample());
        server.createContext("/", exchange -> {
            int status = exchange.getRequestURI().getPath().endsWith(Inventory.FILE_NAME) ? 200 : 404;
            exchange.sendResponseHeaders(status, status == 200 ? json.length : -1);
            try (OutputStream out = exchange.getResponseBody()) {
                if (status == 200) {
                    out.write(json);
                }
            }
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            assertThat(InventoryFiles.load(base + Inventory.FILE_NAME, dir).inventory().projects())
                    .isEqualTo(sample().projects());
            assertThat(InventoryFiles.load(base + "missing.json", dir).problem().message()).contains("HTTP 404");
        } finally {
            server.stop(0);
        }
    }

    @Test
    @Timeout(10)
    void aBodySentAByteAtATimeIsCutOffAtTheTimeout() {
        byte[] json = InventoryFiles.toJson(sample());
        try (LocalServer server = new LocalServer()
                .route("/slow.json", LocalServer.Reply.status(200).body(json).trickled(100))
                .route("/fast.json", LocalServer.Reply.status(200).body(json))
                .route("/stalled.json", LocalServer.Reply.status(200).body(json).stalled(5_000))) {
            long start = System.nanoTime();
            InventoryFiles.Loaded slow = InventoryFiles.load(server.url("/slow.json"), dir, Duration.ofMillis(1_000));
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertThat(slow.problem().message()).isEqualTo("cannot read the inventory: it did not arrive within 1 s (inventoryTimeout)");
            assertThat(millis).as("the whole fetch, in ms, of a body that takes %d s to send", json.length / 10)
                    .isBetween(900L, 2_500L);
            assertThat(InventoryFiles.load(server.url("/fast.json"), dir, Duration.ofMillis(1_000)).inventory().projects())
                    .isEqualTo(sample().projects());
            assertThat(InventoryFiles.load(server.url("/stalled.json"), dir, Duration.ofMillis(500)).problem().message())
                    .isEqualTo("cannot read the inventory: it did not arrive within 500 ms (inventoryTimeout)");
        }
    }

    @Test
    @Timeout(10)
    void aSlowInventoryServerCannotHoldTheBuildPastInventoryTimeout() {
        try (LocalServer server = new LocalServer()
                .route("/slow.json", LocalServer.Reply.status(200).body(InventoryFiles.toJson(sample())).trickled(100))) {
            Path docs = TestFiles.write(dir.resolve("docs"), "index.md", "# Home\n\nSee [ports](xref:net:guide/ports.md).\n");
            SiteConfig config = TestFiles.site(dir, dir.resolve("site"))
                    .limits(Limits.DEFAULTS.withInventoryTimeout(Duration.ofSeconds(1)))
                    .project(TestFiles.project("compute", docs)).inventory(server.url("/slow.json")).build();

            BuildResult result = Docstack.build(config);

            assertThat(result.diagnostics()).extracting(Diagnostic::rule, Diagnostic::file).contains(
                    tuple(Rules.INVENTORY_LOAD, server.url("/slow.json")));
            assertThat(dir.resolve("site/compute/1.0/index.html")).isRegularFile();
        }
    }

    @Test
    void writtenJsonIsUtf8AndDeterministic() {
        assertThat(new String(InventoryFiles.toJson(sample()), StandardCharsets.UTF_8))
                .isEqualTo(new String(InventoryFiles.toJson(sample()), StandardCharsets.UTF_8))
                .startsWith("{\"format\":1,\"generator\":\"Docstack\",\"projects\":[{\"name\":\"net\"");
    }
}
