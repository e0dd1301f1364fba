package io.docstack.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes front matter: the input is the YAML between the {@code ---} lines of {@code docs/page.md}
 * (whose title, description and order the build reads), beside the good page ({@link FuzzSite#build}).
 */
@Tag("fuzz")
class FrontMatterFuzzTest {

    static final FuzzSite.Setup SETUP = (site, input) -> {
        site.write("docs/page.md", page(input));
        return site.withDocs().build();
    };

    static byte[] page(byte[] yaml) {
        ByteArrayOutputStream page = new ByteArrayOutputStream();
        page.writeBytes("---\n".getBytes(StandardCharsets.UTF_8));
        page.writeBytes(yaml);
        page.writeBytes("\n---\n# Page\n\nText.\n".getBytes(StandardCharsets.UTF_8));
        return page.toByteArray();
    }

    @BeforeAll
    static void warmUp() {
        FuzzSite.warmUp(SETUP, "title: Warm\norder: 2\n");
    }

    @FuzzTest
    void fuzz(byte[] input) {
        check(input);
    }

    static void check(byte[] input) {
        FuzzSite.check("front matter", input, SETUP);
    }
}
