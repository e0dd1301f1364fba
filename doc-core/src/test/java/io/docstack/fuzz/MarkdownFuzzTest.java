package io.docstack.fuzz;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes a Markdown page: the input is {@code docs/page.md}, beside the good page ({@link FuzzSite#build}). */
@Tag("fuzz")
class MarkdownFuzzTest {

    static final FuzzSite.Setup SETUP = (site, input) -> {
        site.write("docs/page.md", input);
        return site.withDocs().build();
    };

    @BeforeAll
    static void warmUp() {
        FuzzSite.warmUp(SETUP, "# Warm\n\n*a* [b](good.md) `c`\n");
    }

    @FuzzTest
    void fuzz(byte[] input) {
        check(input);
    }

    static void check(byte[] input) {
        FuzzSite.check("markdown page", input, SETUP);
    }
}
