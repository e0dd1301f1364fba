package io.docstack.spec;

import static io.docstack.spec.SpecFixtures.named;
import static io.docstack.spec.SpecFixtures.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.config.AnchorStyle;
import io.docstack.config.Limits;
import io.docstack.config.ProjectConfig;
import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;
import io.docstack.model.Severity;
import io.docstack.source.Catalog;
import io.docstack.source.ProjectSources;
import io.docstack.source.ProjectSources.SpecSource;

/**
 * Inputs that once crashed the spec stage or ran away with time or memory, replayed on every
 * build (as jsoup's {@code FuzzFixesTest}): each must end in diagnostics, quickly.
 */
class SpecFuzzFixesTest {

    @TempDir
    Path temp;

    private static String at(Diagnostic d) {
        return d.rule() + " " + d.file() + ":" + d.line() + ":" + d.column();
    }

    private Path write(String name, String content) throws IOException {
        Path file = temp.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    private ApiSite read(Path... files) {
        return Specs.read(new Catalog(List.of(project("fuzz", files)), List.of()));
    }

    private ProjectSources project(String name, Path... files) {
        ProjectConfig config = new ProjectConfig(name, null, null, "1", temp, null, AnchorStyle.GITHUB, List.of(files));
        List<SpecSource> sources = java.util.Arrays.stream(files)
                .map(f -> new SpecSource(f, temp.relativize(f).toString(), true)).toList();
        return new ProjectSources(config, List.of(), null, sources);
    }

    @Test
    void nulInARefFileIsASpecRefAtTheRef() throws IOException {
        Path spec = write("nul.yaml", """
                openapi: 3.1.0
                info: {title: NUL}
                paths:
                  /a:
                    get:
                      requestBody:
                        $ref: 'x%00.yaml#/components/requestBodies/B'
                      responses: {}
                """);
        ApiSite site = read(spec);
        assertThat(site.diagnostics()).extracting(SpecFuzzFixesTest::at).containsExactly("spec.ref nul.yaml:7:9");
        assertThat(site.diagnostics().get(0).message()).contains("a NUL character");
        assertThat(site.services()).hasSize(1);
    }

    @Test
    void aLongRefChainIsCutWithOneWarning() throws IOException {
        StringBuilder spec = new StringBuilder(specReferring("#/components/schemas/S0")).append("components:\n  schemas:\n");
        for (int i = 0; i < 6_000; i++) {
            spec.append("    S").append(i).append(": {type: object, properties: {p").append(i)
                    .append(": {$ref: '#/components/schemas/S").append(i + 1).append("'}}}\n");
        }
        spec.append("    S6000: {type: string}\n");
        Path file = write("chain.yaml", spec.toString());
        ApiSite site = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> read(file));
        assertThat(site.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.rule()).isEqualTo(Rules.SPEC_PARSE);
            assertThat(d.message()).contains("deeper than " + SchemaReader.MAX_SCHEMA_DEPTH + " levels");
        });
        Operation post = only(site).operations().get(0);
        assertThat(post.fieldNames()).hasSize(SchemaReader.MAX_SCHEMA_DEPTH).contains("p0", "p63").doesNotContain("p64");
    }

    @Test
    void propertyNamesOfSharedSchemasAreCollectedInLinearTime() {
        // 8 properties per level, all the same schema of the level below: 8^14 paths, 14 schemas
        Schema level = new Schema("L0", "string", null, null, false, false, List.of(), Set.of(), null, List.of(),
                List.of(), List.of(), List.of(), false);
        for (int depth = 1; depth <= 14; depth++) {
            List<Schema.Property> properties = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                properties.add(new Schema.Property("f" + depth + "_" + i, level));
            }
            level = new Schema("L" + depth, "object", null, null, false, false, properties, Set.of(), null, List.of(),
                    List.of(), List.of(), List.of(), false);
        }
        Schema top = level;
        Set<String> names = new LinkedHashSet<>();
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Schema.collectPropertyNames(top, names));
        assertThat(names).hasSize(14 * 8).contains("f14_0", "f1_7");
    }

    @Test
    void aProjectThatCrashesTheReaderIsAnErrorAndTheOthersAreRead() throws IOException {
        Path good = write("good/good.yaml", "openapi: 3.1.0\ninfo: {title: Good}\npaths: {}\n");
        Path bad = write("bad/bad.yaml", "openapi: 3.1.0\ninfo: {title: Bad}\npaths: {}\n");
        Catalog catalog = new Catalog(List.of(project("bad", bad), project("good", good)), List.of());
        ApiSite site = Specs.read(catalog, Limits.DEFAULTS, (project, files) -> {
            if (project.config().name().equals("bad")) {
                throw new StackOverflowError();
            }
            return ProjectSpecs.read(project, files);
        });
        assertThat(site.services()).extracting(ServiceSpec::service).containsExactly("good");
        assertThat(site.diagnostics()).extracting(SpecFuzzFixesTest::at).containsExactly("spec.parse bad/bad.yaml:0:0");
        assertThat(site.diagnostics().get(0).message()).isEqualTo("the spec could not be read: java.lang.StackOverflowError");
    }

    @Test
    void aYamlAliasBombIsRefusedPastTheAliasLimit() {
        ApiSite site = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> SpecFixtures.read(SpecFixtures.project("bomb", "1", named("bad/alias-bomb.yaml"))));
        assertThat(site.services()).isEmpty();
        assertThat(site.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo(Rules.SPEC_PARSE);
            assertThat(d.line()).isEqualTo(10);
            assertThat(d.message()).isEqualTo("too many YAML aliases (*name): more than 50, limit 50");
        });
    }

    @Test
    void aliasesUnderTheLimitStillGiveBoundedExamplesAndExtensions() {
        Limits lenient = new Limits(Limits.DEFAULTS.maxFileBytes(), Limits.DEFAULTS.maxNesting(),
                Limits.DEFAULTS.maxFrontMatterBytes(), 100, Limits.DEFAULTS.maxIncludeDepth());
        Catalog catalog = new Catalog(List.of(SpecFixtures.project("bomb", "1", named("bad/alias-bomb.yaml"))), List.of());
        ApiSite site = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Specs.read(catalog, lenient));
        assertThat(site.diagnostics()).isEmpty();
        Operation get = only(site).operations().get(0);
        String example = get.responses().get(0).content().get(0).example();
        assertThat(example).hasSize(PlainData.MAX_CHARS + 1 + PlainData.CUT.length()).endsWith("\n" + PlainData.CUT);
        assertThat(values(get.extensions().get("x-bomb"))).isLessThanOrEqualTo(PlainData.MAX_VALUES + 16);
    }

    private static final String SECRET = "components: {schemas: {Secret: {type: object, properties: {password: {type: string}}}}}\n";

    private static String specReferring(String ref) {
        return """
                openapi: 3.1.0
                info: {title: Refs}
                paths:
                  /a:
                    post:
                      requestBody:
                        content:
                          application/json:
                            schema: {$ref: '%s'}
                      responses: {}
                """.formatted(ref);
    }

    @Test
    void refsStayInTheLocationOfTheirSpecNotTheCommonAncestorOfAll() throws IOException {
        write("secret.yaml", SECRET);
        Path a = write("sub/a.yaml", specReferring("../secret.yaml#/components/schemas/Secret"));
        Path b = write("sub2/b.yaml", "openapi: 3.1.0\ninfo: {title: B}\npaths: {}\n");
        ApiSite site = read(a, b);
        assertThat(site.diagnostics()).extracting(SpecFuzzFixesTest::at).containsExactly("spec.ref sub/a.yaml:9:22");
        assertThat(site.diagnostics().get(0).message()).contains("leaves the spec folder 'sub'");
    }

    @Test
    void refsStayInTheConfiguredFolderOfTheirSpec() throws IOException {
        write("secret.yaml", SECRET);
        write("specs/common.yaml", "components: {schemas: {Ok: {type: string}}}\n");
        Path spec = write("specs/api/a.yaml", specReferring("../common.yaml#/components/schemas/Ok"));
        Path leaking = write("specs/api/b.yaml", specReferring("../../secret.yaml#/components/schemas/Secret")
                .replace("/a:", "/b:"));
        Path folder = temp.resolve("specs");
        ProjectConfig config = new ProjectConfig("f", null, null, "1", temp, null, AnchorStyle.GITHUB, List.of(folder));
        ProjectSources project = new ProjectSources(config, List.of(), null, List.of(
                new SpecSource(spec, "specs/api/a.yaml", false), new SpecSource(leaking, "specs/api/b.yaml", false),
                new SpecSource(folder.resolve("common.yaml"), "specs/common.yaml", false)));
        ApiSite site = Specs.read(new Catalog(List.of(project), List.of()));
        assertThat(site.diagnostics()).extracting(SpecFuzzFixesTest::at).containsExactly("spec.ref specs/api/b.yaml:9:22");
        assertThat(site.diagnostics().get(0).message()).contains("leaves the spec folder 'specs'");
    }

    @Test
    void symbolicLinksOutOfTheSpecFolderAreNotFollowed() throws IOException {
        Path secret = write("outside/secret.yaml", SECRET);
        Path spec = write("specs/a.yaml", specReferring("link.yaml#/components/schemas/Secret"));
        Files.createSymbolicLink(temp.resolve("specs/link.yaml"), secret);
        Files.createDirectories(temp.resolve("specs/dir"));
        Files.createSymbolicLink(temp.resolve("specs/dir/out"), temp.resolve("outside"));
        Path viaFolder = write("specs/b.yaml", specReferring("dir/out/secret.yaml#/components/schemas/Secret")
                .replace("/a:", "/b:"));
        ApiSite site = read(spec, viaFolder);
        assertThat(site.diagnostics()).extracting(SpecFuzzFixesTest::at)
                .containsExactly("spec.ref specs/a.yaml:9:22", "spec.ref specs/b.yaml:9:22");
        assertThat(site.diagnostics()).allSatisfy(d -> assertThat(d.message()).contains("through a symbolic link"));
    }

    /** Found by the openapi-yaml fuzzer: the message named Jackson's CharConversionException, at a byte count. */
    @Test
    void invalidUtf8IsASpecParseAtItsByteInYamlAndJson() {
        byte[] yaml = bytes("openapi: 3.1.0\ninfo:\n  title: P", 0xC3, 0x20, "ts\n");
        assertThat(NodeReader.parse(yaml, false, "a.yaml", 50).problem()).satisfies(d -> {
            assertThat(at(d)).isEqualTo("spec.parse a.yaml:3:11");
            assertThat(d.message()).isEqualTo("the spec file is not valid UTF-8 (byte 0xc3)");
        });
        byte[] json = bytes("{\"openapi\":\n \"", 0xE2, 0x28, 0xA1, "\"}");
        assertThat(NodeReader.parse(json, true, "a.json", 50).problem()).satisfies(d -> {
            assertThat(at(d)).isEqualTo("spec.parse a.json:2:3");
            assertThat(d.message()).isEqualTo("the spec file is not valid UTF-8 (byte 0xe2)");
        });
    }

    /** Jackson took '{' and three NULs for UTF-32; the spec is UTF-8 with NULs, a JSON syntax error. */
    @Test
    void nulsAfterABraceAreAJsonSyntaxErrorNotUtf32() {
        byte[] json = bytes("{", 0, 0, 0, "\"a\": 1}");
        assertThat(NodeReader.parse(json, true, "a.json", 50).problem()).satisfies(d -> {
            assertThat(at(d)).isEqualTo("spec.parse a.json:1:3");
            assertThat(d.message()).startsWith("JSON syntax error: ").doesNotContain("UTF-32", "Exception");
        });
    }

    /** Text and byte values (ints), in order, as bytes. */
    private static byte[] bytes(Object... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String text) {
                out.writeBytes(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }

    /** How many values a plain-data tree holds. */
    private static int values(Object data) {
        if (data instanceof java.util.Map<?, ?> map) {
            return 1 + map.values().stream().mapToInt(SpecFuzzFixesTest::values).sum();
        }
        if (data instanceof List<?> list) {
            return 1 + list.stream().mapToInt(SpecFuzzFixesTest::values).sum();
        }
        return 1;
    }
}
