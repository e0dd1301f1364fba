package io.docstack.fuzz;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes an OpenAPI document, in YAML ({@link #yaml}) and in JSON ({@link #json}): the input is a
 * {@link MultiFile} whose first file is {@code openapi/api.yaml} (or {@code .json}), the
 * project's conventional spec folder, and whose other files go there too by their (made safe)
 * names, for {@code $ref}s to other files. Beside the good page ({@link FuzzSite#build}); the secret
 * is at {@code ../outside/secret.txt} from the spec.
 */
@Tag("fuzz")
class OpenApiFuzzTest {

    static final FuzzSite.Setup YAML = setup("yaml");
    static final FuzzSite.Setup JSON = setup("json");

    private static FuzzSite.Setup setup(String extension) {
        return (site, input) -> {
            MultiFile files = MultiFile.parse(input);
            site.write("openapi/api." + extension, files.first());
            int n = 0;
            for (MultiFile.Part part : files.others()) {
                String name = MultiFile.safeName(part.name(), "part" + n++ + "." + extension);
                site.write("openapi/" + (name.equals("api." + extension) ? "_" + name : name), part.content());
            }
            return site.withDocs().build();
        };
    }

    @BeforeAll
    static void warmUp() {
        FuzzSite.warmUp(YAML, "openapi: 3.1.0\ninfo: {title: Warm, version: '1'}\npaths:\n  /a:\n    get:\n"
                + "      operationId: getA\n      responses: {'200': {description: ok}}\n");
    }

    @FuzzTest
    void yaml(byte[] input) {
        checkYaml(input);
    }

    @FuzzTest
    void json(byte[] input) {
        checkJson(input);
    }

    static void checkYaml(byte[] input) {
        FuzzSite.check("openapi yaml", input, YAML);
    }

    static void checkJson(byte[] input) {
        FuzzSite.check("openapi json", input, JSON);
    }
}
