package io.docstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.build.BuildResult;
import io.docstack.build.BundleResult;
import io.docstack.config.BundleSource;
import io.docstack.config.Limits;
import io.docstack.config.ProjectConfig;
import io.docstack.config.SiteConfig;
import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;

/**
 * Docs bundles: {@code Docstack.bundle} packs one project (pages, partials, nav, specs, its link
 * inventory) into a reproducible zip; a site built from that zip equals what the folder gives,
 * with references into it validated; and bundles that are damaged or hostile (not a zip, entries
 * with {@code ..}, absolute paths, links, duplicates, past the limits, no descriptor, unresolved)
 * are each refused whole with one diagnostic naming them, while the other sources still build.
 */
class DocsBundlesTest {

    private static final String SPEC = "openapi: 3.0.3\ninfo: {title: Compute, version: '1'}\npaths:\n"
            + "  /servers:\n    get:\n      operationId: listServers\n      responses: {'200': {description: ok}}\n";

    @TempDir
    Path base;

    @Test
    void aBundledProjectBuildsInAnotherSite() throws IOException {
        Path zip = bundleOfCompute();

        try (ZipFile archive = new ZipFile(zip.toFile())) {
            assertThat(Collections.list(archive.entries())).extracting(ZipEntry::getName).containsExactly(
                    "docstack-bundle.json", "docstack-inventory.json", "docs/_partials/note.adoc", "docs/guide.adoc",
                    "docs/images/logo.png", "docs/index.md", "docs/nav.yml", "openapi/compute.yaml");
        }
        byte[] first = Files.readAllBytes(zip);
        bundleOfCompute();
        assertThat(Files.readAllBytes(zip)).as("the same sources give the same bytes").isEqualTo(first);

        TestFiles.write(base.resolve("site-src/handbook"), "index.md",
                "# Handbook\n\nSee [install](xref:compute:guide.adoc#install), api:compute:listServers and [nothing](xref:compute:nope.md).\n");
        SiteConfig config = TestFiles.site(base, base.resolve("site"))
                .project(TestFiles.project("handbook", base.resolve("site-src/handbook")))
                .bundle(BundleSource.of("io.example:compute:2.1", zip)).build();
        BuildResult result = Docstack.build(config);

        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).extracting(Diagnostic::file, Diagnostic::rule)
                .containsExactly(tuple("compute-2.1-docs.zip/docs/index.md", Rules.LINK_BROKEN),
                        tuple("site-src/handbook/index.md", Rules.LINK_BROKEN));
        Path site = config.output();
        assertThat(TestFiles.read(site.resolve("compute/2.1/guide.html"))).contains("Included from a partial");
        assertThat(site.resolve("compute/2.1/images/logo.png")).isRegularFile();
        assertThat(TestFiles.read(site.resolve("handbook/1.0/index.html"))).contains("../../compute/2.1/guide.html#install");
        assertThat(TestFiles.read(site.resolve("index.html"))).contains("Compute service");
    }

    @Test
    void aBundleHoldsOneProject() {
        SiteConfig two = TestFiles.site(base, base.resolve("site"))
                .project(TestFiles.project("a", base.resolve("a"))).project(TestFiles.project("b", base.resolve("b"))).build();
        assertThatThrownBy(() -> Docstack.bundle(two, base.resolve("x.zip"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exactly one project");
    }

    @Test
    void damagedOrHostileBundlesAreRefusedWholeAndTheOthersBuild() throws IOException {
        Path good = bundleOfCompute();
        Path notZip = TestFiles.write(base.resolve("b/not-a-zip.zip"), "just text".getBytes(StandardCharsets.UTF_8));
        Path climbing = zip("b/climbing.zip", "docstack-bundle.json", descriptor("climb"), "docs/../../evil.md", "# Evil\n");
        Path absolute = zip("b/absolute.zip", "docstack-bundle.json", descriptor("abs"), "/etc/evil.md", "# Evil\n");
        Path link = zip("b/link.zip", "docstack-bundle.json", descriptor("link"), "docs/index.md", "../../../etc/passwd");
        patchCentral(link, "docs/index.md", (header) -> {
            header.putShort(4, (short) (3 << 8 | 20));
            header.putInt(38, 0120777 << 16);
        });
        Path twice = zip("b/twice.zip", "docstack-bundle.json", descriptor("twice"), "docs/a.md", "# A\n", "docs/b.md", "# B\n");
        renameEverywhere(twice, "docs/b.md", "docs/a.md");
        Path plain = zip("b/plain.zip", "docs/index.md", "# No descriptor\n");
        Path many = zip("b/many.zip", "docstack-bundle.json", descriptor("many"), "docs/a.md", "# A\n", "docs/b.md", "# B\n",
                "docs/c.md", "# C\n", "docs/d.md", "# D\n", "docs/e.md", "# E\n", "docs/f.md", "# F\n");

        SiteConfig config = TestFiles.site(base, base.resolve("site"))
                .limits(Limits.DEFAULTS.withSources(12, 1 << 20))
                .bundle(BundleSource.of("good", good))
                .bundle(BundleSource.of("not-a-zip", notZip))
                .bundle(BundleSource.of("climbing", climbing))
                .bundle(BundleSource.of("absolute", absolute))
                .bundle(BundleSource.of("link", link))
                .bundle(BundleSource.of("twice", twice))
                .bundle(BundleSource.of("plain", plain))
                .bundle(BundleSource.of("missing", base.resolve("b/missing.zip")))
                .bundle(BundleSource.missing("io.example:gone:1.0", "Could not find artifact io.example:gone:zip:docs:1.0"))
                .build();
        BuildResult result = Docstack.build(config);

        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).filteredOn(d -> !d.file().startsWith("compute"))
                .extracting(Diagnostic::file, Diagnostic::message)
                .containsExactlyInAnyOrder(
                        tuple("not-a-zip", "docs bundle not-a-zip is left out: it is not a zip archive"),
                        tuple("climbing", "docs bundle climbing is left out: entry 'docs/../../evil.md' climbs out of the bundle with '..'"),
                        tuple("absolute", "docs bundle absolute is left out: entry '/etc/evil.md' has an absolute path"),
                        tuple("link", "docs bundle link is left out: entry 'docs/index.md' is a symbolic link"),
                        tuple("twice", "docs bundle twice is left out: entry 'docs/a.md' appears twice"),
                        tuple("plain", "docs bundle plain is left out: it has no docstack-bundle.json at its root, so it is not a docs bundle"),
                        tuple("missing", "docs bundle missing is left out: the file " + base.resolve("b/missing.zip") + " does not exist"),
                        tuple("io.example:gone:1.0", "docs bundle io.example:gone:1.0 is left out: it cannot be resolved: "
                                + "Could not find artifact io.example:gone:zip:docs:1.0"));
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).filteredOn(d -> !d.file().startsWith("compute"))
                .extracting(Diagnostic::rule).containsOnly(Rules.SOURCE_BUNDLE);
        assertThat(config.output().resolve("compute/2.1/guide.html")).isRegularFile();
        assertThat(config.output().resolve("climb")).doesNotExist();
        assertThat(base.resolve("evil.md")).doesNotExist();

        SiteConfig tight = TestFiles.site(base, base.resolve("site2")).limits(Limits.DEFAULTS.withSources(5, 1 << 20))
                .bundle(BundleSource.of("many", many)).build();
        assertThat(Docstack.build(tight).diagnostics()).extracting(Diagnostic::message)
                .containsExactly("docs bundle many is left out: it holds 7 entries, more than maxSourceEntries (5)");
        SiteConfig small = TestFiles.site(base, base.resolve("site3")).limits(Limits.DEFAULTS.withSources(50, 40))
                .bundle(BundleSource.of("many", many)).build();
        assertThat(Docstack.build(small).diagnostics()).extracting(Diagnostic::message).singleElement().asString()
                .startsWith("docs bundle many is left out: ").contains("maxSourceBytes (40)");
    }

    @Test
    void anEntryThatInflatesToMoreThanItDeclaresIsStoppedAtTheLimit() throws IOException {
        Path lying = zip("b/lying.zip", "docstack-bundle.json", descriptor("lying"), "docs/a.md", "a".repeat(20_000));
        patchCentral(lying, "docs/a.md", header -> header.putInt(24, 10));
        assertThat(Files.size(lying)).isLessThan(1_000);

        SiteConfig config = TestFiles.site(base, base.resolve("site")).limits(Limits.DEFAULTS.withSources(10, 8_192))
                .bundle(BundleSource.of("lying", lying)).build();

        assertThat(Docstack.build(config).diagnostics()).extracting(Diagnostic::message).containsExactly(
                "docs bundle lying is left out: its entries inflate to more than maxSourceBytes (8192); entry 'docs/a.md' is past it");
    }

    @Test
    void aBundleWhoseEndRecordPointsPastTheIntRangeIsOneDiagnostic() throws IOException {
        Path good = bundleOfCompute();
        Path hostile = zip("b/hostile.zip", "docstack-bundle.json", descriptor("hostile"), "docs/index.md", "# Hostile\n");
        byte[] bytes = Files.readAllBytes(hostile);
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(bytes.length - 22 + 16, 0x8000_0000);
        Files.write(hostile, bytes);

        SiteConfig config = TestFiles.site(base, base.resolve("site"))
                .bundle(BundleSource.of("good", good)).bundle(BundleSource.of("hostile", hostile)).build();
        BuildResult result = Docstack.build(config);

        assertThat(result.diagnostics()).filteredOn(d -> d.file().equals("hostile"))
                .extracting(Diagnostic::rule, Diagnostic::message).containsExactly(tuple(Rules.SOURCE_BUNDLE,
                        "docs bundle hostile is left out: its central directory is damaged"));
        assertThat(config.output().resolve("compute/2.1/guide.html")).isRegularFile();
    }

    @Test
    void aZipBombIsRefusedUnderTheDefaultLimitsWithoutInflatingItAll() throws IOException {
        Path good = bundleOfCompute();
        Path bomb = TestFiles.write(base.resolve("b/bomb.zip"), TestZips.zip(
                TestZips.Entry.stored("docstack-bundle.json", descriptor("bomb")),
                TestZips.Entry.stored("docs/index.md", "# Bomb\n"),
                TestZips.Entry.zeros("docs/bomb.png", 500).declaring(1024)));
        assertThat(Files.size(bomb)).as("half a megabyte that inflates to 500 MiB").isLessThan(600_000);
        SiteConfig config = TestFiles.site(base, base.resolve("site"))
                .bundle(BundleSource.of("good", good)).bundle(BundleSource.of("bomb", bomb)).build();

        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        BuildResult result = Docstack.build(config);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(result.diagnostics()).filteredOn(d -> d.file().equals("bomb")).extracting(Diagnostic::rule, Diagnostic::message)
                .containsExactly(tuple(Rules.SOURCE_BUNDLE, "docs bundle bomb is left out: its entries inflate to more than "
                        + "maxSourceBytes (" + Limits.DEFAULTS.maxSourceBytes() + "); entry 'docs/bomb.png' is past it"));
        assertThat(allocated).as("bytes allocated by the build").isLessThan(Limits.DEFAULTS.maxSourceBytes() + (64L << 20));
        assertThat(config.output().resolve("bomb")).doesNotExist();
        assertThat(config.output().resolve("compute/2.1/guide.html")).isRegularFile();
    }

    @Test
    void bundlesPastTheTotalLimitTogetherAreLeftOutWhileTheFirstOnesBuild() throws IOException {
        Path a = zip("b/a.zip", "docstack-bundle.json", descriptor("a"), "docs/index.md", "# A\n");
        Path b = zip("b/b.zip", "docstack-bundle.json", descriptor("b"), "docs/index.md", "# B\n");
        Path lying = zip("b/lying.zip", "docstack-bundle.json", descriptor("lying"), "docs/index.md", "a".repeat(20_000));
        patchCentral(lying, "docs/index.md", header -> header.putInt(24, 10));
        Path c = zip("b/c.zip", "docstack-bundle.json", descriptor("c"), "docs/index.md", "# C\n", "docs/more.md", "# More\n");
        // Each small file counts as 2 KiB (a KiB of data, a KiB for its entry): a and b hold 4 KiB each, c 6 KiB.
        SiteConfig config = TestFiles.site(base, base.resolve("site"))
                .limits(Limits.DEFAULTS.withSources(10, 64 << 10).withTotalSourceBytes(12 << 10))
                .bundle(BundleSource.of("a", a)).bundle(BundleSource.of("b", b))
                .bundle(BundleSource.of("lying", lying)).bundle(BundleSource.of("c", c)).build();

        BuildResult result = Docstack.build(config);

        assertThat(result.diagnostics()).extracting(Diagnostic::file, Diagnostic::message).containsExactlyInAnyOrder(
                tuple("lying", "docs bundle lying is left out: its entries inflate to more than the 4096 bytes that "
                        + "maxTotalSourceBytes (12288) leaves; entry 'docs/index.md' is past it"),
                tuple("c", "docs bundle c is left out: its entries need more than the 4096 bytes that "
                        + "maxTotalSourceBytes (12288) leaves"));
        assertThat(config.output().resolve("a/1.0/index.html")).isRegularFile();
        assertThat(config.output().resolve("b/1.0/index.html")).isRegularFile();
        assertThat(config.output().resolve("c")).doesNotExist();
    }

    @Test
    void anAssetPastMaxAssetBytesIsLeftOutOfTheSiteAndThePagesBuild() throws IOException {
        Path bundle = zip("b/big.zip", "docstack-bundle.json", descriptor("big"), "docs/index.md", "# Big\n",
                "docs/big.bin", "x".repeat(5_000), "docs/small.bin", "x".repeat(100));

        SiteConfig config = TestFiles.site(base, base.resolve("site")).limits(Limits.DEFAULTS.withAssetBytes(4_096))
                .bundle(BundleSource.of("big", bundle)).build();
        BuildResult result = Docstack.build(config);

        assertThat(result.diagnostics()).extracting(Diagnostic::file, Diagnostic::rule, Diagnostic::message).containsExactly(
                tuple("big.zip/docs/big.bin", Rules.SOURCE_LIMIT,
                        "asset is 5000 bytes, more than maxAssetBytes (4096); it is not copied into the site"));
        assertThat(config.output().resolve("big/1.0/big.bin")).doesNotExist();
        assertThat(config.output().resolve("big/1.0/small.bin")).isRegularFile();
        assertThat(config.output().resolve("big/1.0/index.html")).isRegularFile();
    }

    /** Bundles the project compute 2.1 with Docstack.bundle; returns the zip. */
    private Path bundleOfCompute() {
        Path src = TestFiles.write(base.resolve("compute/src"),
                "docs/index.md", "# Compute\n\nRead the [guide](guide.adoc) and [a broken link](gone.md).\n",
                "docs/guide.adoc", "= Guide\n\n== Install\n\ninclude::_partials/note.adoc[]\n\nimage::images/logo.png[Logo]\n",
                "docs/_partials/note.adoc", "Included from a partial.\n",
                "docs/images/logo.png", "png",
                "docs/nav.yml", "- index.md\n- guide.adoc\n",
                "docs/.hidden", "left out\n",
                "openapi/compute.yaml", SPEC);
        ProjectConfig compute = new ProjectConfig("compute", "Compute", "Compute service", "2.1", src.resolve("docs"), null);
        Path zip = base.resolve("compute/target/compute-2.1-docs.zip");
        BundleResult result = Docstack.bundle(TestFiles.site(base, base.resolve("unused")).project(compute).build(), zip);
        // The partial and the hidden file are bundled (pages include partials) but are not pages: said at info level.
        assertThat(result.diagnostics()).extracting(Diagnostic::rule).containsExactly(Rules.SOURCE_SKIPPED, Rules.LINK_BROKEN);
        assertThat(result.pages()).isGreaterThanOrEqualTo(2);
        return zip;
    }

    private static String descriptor(String name) {
        return "{\"format\":1,\"name\":\"" + name + "\",\"version\":\"1.0\"}";
    }

    private Path zip(String name, String... namesAndContents) {
        return TestFiles.zip(base.resolve(name), namesAndContents);
    }

    /** Edits the central directory header of the entry {@code name} (a view starting at its signature). */
    private static void patchCentral(Path zip, String name, java.util.function.Consumer<ByteBuffer> edit) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at + 46 + wanted.length <= bytes.length; at++) {
            if (buffer.getInt(at) == 0x02014b50 && buffer.getShort(at + 28) == wanted.length
                    && java.util.Arrays.equals(bytes, at + 46, at + 46 + wanted.length, wanted, 0, wanted.length)) {
                edit.accept(buffer.slice(at, 46).order(ByteOrder.LITTLE_ENDIAN));
            }
        }
        Files.write(zip, bytes);
    }

    /** Renames an entry in its local and central headers (same length): a duplicate ZipOutputStream would refuse. */
    private static void renameEverywhere(Path zip, String from, String to) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        byte[] a = from.getBytes(StandardCharsets.UTF_8);
        byte[] b = to.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at + a.length <= bytes.length; at++) {
            if (java.util.Arrays.equals(bytes, at, at + a.length, a, 0, a.length)) {
                System.arraycopy(b, 0, bytes, at, b.length);
            }
        }
        Files.write(zip, bytes);
    }

}
