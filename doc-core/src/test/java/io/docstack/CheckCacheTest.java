package io.docstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.check.CheckResult;
import io.docstack.config.CheckOptions;
import io.docstack.config.SiteConfig;

/** The gate's conversion cache: unchanged pages are not converted again, and results never differ. */
class CheckCacheTest {

    @TempDir
    Path dir;
    private Path cache;

    @BeforeEach
    void writeSite() {
        TestFiles.write(dir.resolve("docs"),
                "index.md", "# Home\n\n[Guide](guide.md#setup)\n[Ref](ref.adoc#options)\n",
                "guide.md", "# Guide\n\n## Setup\n\n[Missing](nowhere.md)\n",
                "ref.adoc", "= Reference\n\n== Options\n\nSee xref:guide.md#setup[setup].\n",
                "with-include.adoc", "= Included\n\ninclude::_part.adoc[]\n",
                "_part.adoc", "== Part\n");
        cache = dir.resolve("target/cache.bin");
    }

    private CheckResult check(boolean cached) {
        SiteConfig config = TestFiles.site(dir, dir.resolve("target/site"))
                .project(TestFiles.project("alpha", dir.resolve("docs"))).build();
        CheckOptions options = CheckOptions.reportingTo(dir.resolve("target/doc-check"));
        return Docstack.check(config, cached ? options.withCacheFile(cache) : options);
    }

    private static String cacheNote(CheckResult result) {
        return result.notes().stream().filter(n -> n.startsWith("cache:")).findFirst().orElse("");
    }

    @Test
    void aSecondRunTakesUnchangedPagesFromTheCacheAndFindsTheSame() {
        CheckResult uncached = check(false);
        CheckResult first = check(true);
        CheckResult second = check(true);
        assertThat(cacheNote(first)).startsWith("cache: 0 unchanged pages");
        // Every page but the one with an include, whose text alone does not say what it shows.
        assertThat(cacheNote(second)).startsWith("cache: 3 unchanged pages");
        assertThat(first.diagnostics()).isEqualTo(uncached.diagnostics()).isNotEmpty();
        assertThat(second.diagnostics()).isEqualTo(uncached.diagnostics());
    }

    @Test
    void aChangedPageIsConvertedAgain() throws IOException {
        check(true);
        Files.writeString(dir.resolve("docs/guide.md"), "# Guide\n\n## Install\n");
        CheckResult after = check(true);
        assertThat(cacheNote(after)).startsWith("cache: 2 unchanged pages");
        assertThat(after.diagnostics()).extracting(d -> d.rule() + " " + d.file() + ":" + d.line())
                .containsExactly("source.skipped docs:0", "link.anchor docs/index.md:3", "link.anchor docs/ref.adoc:5");
    }

    @Test
    void aTouchedButUnchangedPageAndAnInvalidOneAreHandledRight() throws IOException {
        TestFiles.write(dir.resolve("docs/latin1.md"), new byte[] {'#', ' ', 'C', 'a', 'f', (byte) 0xE9, '\n'});
        CheckResult first = check(true);
        Files.setLastModifiedTime(dir.resolve("docs/guide.md"), java.nio.file.attribute.FileTime.fromMillis(0));
        CheckResult second = check(true);
        // guide.md is found again by its text's hash; latin1.md is read again to report its bytes.
        assertThat(cacheNote(second)).startsWith("cache: 4 unchanged pages");
        assertThat(second.diagnostics()).isEqualTo(first.diagnostics()).anyMatch(d -> d.rule().equals("source.read"));
    }

    @Test
    void aDamagedCacheIsIgnoredAndReplaced() throws IOException {
        Files.createDirectories(cache.getParent());
        Files.writeString(cache, "{ not json");
        CheckResult result = check(true);
        assertThat(result.diagnostics()).isEqualTo(check(false).diagnostics());
        assertThat(new String(Files.readAllBytes(cache), 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("DSC3");
    }
}
