package io.docstack.fuzz;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes an AsciiDoc page with the files it includes: the input is a {@link MultiFile} whose first
 * file is {@code docs/page.adoc} and whose other files go below {@code docs/} by their (made
 * safe) names, e.g. {@code _partials/a.adoc} for {@code include::_partials/a.adoc[]}. Beside the
 * good page ({@link FuzzSite#build}); the secret is at {@code ../outside/secret.txt} from the page.
 */
@Tag("fuzz")
class AsciidocFuzzTest {

    static final FuzzSite.Setup SETUP = (site, input) -> {
        MultiFile files = MultiFile.parse(input);
        site.write("docs/page.adoc", files.first());
        int n = 0;
        for (MultiFile.Part part : files.others()) {
            String name = MultiFile.safeName(part.name(), "_part" + n++ + ".adoc");
            site.write("docs/" + (name.equals("good.md") || name.equals("page.adoc") ? "_" + name : name), part.content());
        }
        return site.withDocs().build();
    };

    /** A build on disk boots its own JRuby (seconds): one input in 64 only. */
    private static final int DISK_EVERY = 64;

    @BeforeAll
    static void warmUp() {
        FuzzSite.warmUp(SETUP, "= Warm\n\n== Section\n\ninclude::_a.adoc[]\n\nxref:good.md[Good]\n==> _a.adoc <==\nIncluded *text*.\n");
    }

    @FuzzTest
    void fuzz(byte[] input) {
        check(input);
    }

    static void check(byte[] input) {
        FuzzSite.check("asciidoc page", input, SETUP, DISK_EVERY);
    }
}
