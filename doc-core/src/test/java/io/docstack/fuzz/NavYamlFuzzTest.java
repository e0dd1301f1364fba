package io.docstack.fuzz;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes a project's {@code nav.yml}: the input is {@code docs/nav.yml}, in a project with the good
 * page, {@code a.md} and {@code sub/b.md} ({@link FuzzSite#build}).
 */
@Tag("fuzz")
class NavYamlFuzzTest {

    static final FuzzSite.Setup SETUP = (site, input) -> {
        site.write("docs/a.md", "# A\n\n## Part\n".getBytes(StandardCharsets.UTF_8));
        site.write("docs/sub/b.md", "# B\n".getBytes(StandardCharsets.UTF_8));
        site.write("docs/nav.yml", input);
        return site.withDocs().build();
    };

    @BeforeAll
    static void warmUp() {
        FuzzSite.warmUp(SETUP, "- good.md\n- page: a.md\n  title: A\n  items:\n    - sub/b.md\n");
    }

    @FuzzTest
    void fuzz(byte[] input) {
        check(input);
    }

    static void check(byte[] input) {
        FuzzSite.check("nav.yml", input, SETUP);
    }
}
