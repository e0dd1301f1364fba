package io.docstack.fuzz;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes an Antora {@code nav.adoc}: the input is a {@link MultiFile} whose first file is the
 * {@code modules/ROOT/nav.adoc} of component {@code comp} (pages {@code index.adoc},
 * {@code a.adoc} and {@code admin:setup.adoc}) and whose other files are partials of
 * {@code modules/ROOT/partials/} ({@code include::partial$name[]}). Beside the project with the
 * good page ({@link FuzzSite#build}).
 */
@Tag("fuzz")
class NavAdocFuzzTest {

    static final FuzzSite.Setup SETUP = (site, input) -> {
        site.write("comp/antora.yml", "name: comp\nversion: '1.0'\ntitle: Comp\nnav:\n- modules/ROOT/nav.adoc\n"
                .getBytes(StandardCharsets.UTF_8));
        site.write("comp/modules/ROOT/pages/index.adoc", "= Index\n\n== Part\n".getBytes(StandardCharsets.UTF_8));
        site.write("comp/modules/ROOT/pages/a.adoc", "= A\n".getBytes(StandardCharsets.UTF_8));
        site.write("comp/modules/admin/pages/setup.adoc", "= Setup\n".getBytes(StandardCharsets.UTF_8));
        MultiFile files = MultiFile.parse(input);
        site.write("comp/modules/ROOT/nav.adoc", files.first());
        int n = 0;
        for (MultiFile.Part part : files.others()) {
            site.write("comp/modules/ROOT/partials/" + MultiFile.safeName(part.name(), "part" + n++ + ".adoc"), part.content());
        }
        return site.withDocs().antoraSource(Path.of("comp")).build();
    };

    /** A build on disk boots its own JRuby (seconds): one input in 64 only. */
    private static final int DISK_EVERY = 64;

    @BeforeAll
    static void warmUp() {
        FuzzSite.warmUp(SETUP, ".Comp\n* xref:index.adoc[]\n** xref:a.adoc#part[A]\ninclude::partial$more.adoc[]\n"
                + "==> more.adoc <==\n* xref:admin:setup.adoc[Setup]\n");
    }

    @FuzzTest
    void fuzz(byte[] input) {
        check(input);
    }

    static void check(byte[] input) {
        FuzzSite.check("nav.adoc", input, SETUP, DISK_EVERY);
    }
}
