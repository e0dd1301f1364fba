package io.docstack.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

import com.code_intelligence.jazzer.junit.FuzzTest;

import io.docstack.config.BundleSource;
import io.docstack.source.BundleDescriptor;

/**
 * Fuzzes a docs bundle. An input that starts with {@code PK} is the zip itself (its central
 * directory, sizes and offsets are the fuzzer's); any other is a {@link MultiFile} made into a
 * well-formed zip: the first file is {@code docstack-bundle.json} (a descriptor of project
 * {@code ext} 1.0 when blank) and the others are entries under their names as written, {@code ../}
 * and all. Beside the local project with the good page ({@link FuzzSite#build}).
 */
@Tag("fuzz")
class BundleFuzzTest {

    static final String DESCRIPTOR = "{\"format\":1,\"generator\":\"fuzz\",\"name\":\"ext\",\"version\":\"1.0\"}";

    static final FuzzSite.Setup SETUP = (site, input) -> {
        site.write("bundle.zip", zip(input));
        return site.withDocs().bundle(BundleSource.of("fuzz-bundle", site.root().resolve("bundle.zip"))).build();
    };

    static byte[] zip(byte[] input) {
        if (input.length >= 2 && input[0] == 'P' && input[1] == 'K') {
            return input;
        }
        MultiFile files = MultiFile.parse(input);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] descriptor = new String(files.first(), StandardCharsets.UTF_8).isBlank()
                    ? DESCRIPTOR.getBytes(StandardCharsets.UTF_8) : files.first();
            entry(zip, BundleDescriptor.FILE_NAME, descriptor);
            Set<String> names = new HashSet<>(Set.of(BundleDescriptor.FILE_NAME));
            for (MultiFile.Part part : files.others()) {
                if (names.add(part.name())) {
                    entry(zip, part.name(), part.content());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    @BeforeAll
    static void warmUp() {
        FuzzSite.warmUp(SETUP, "\n==> docs/index.md <==\n# Ext\n\n[Good](xref:fuzz:good.md)\n");
        // An Antora bundle too: its first AsciiDoc page boots JRuby, which the 2 s budget of an input must not pay.
        FuzzSite.warmUp(SETUP, "{\"format\":1,\"name\":\"ant\",\"version\":\"2.0\"}\n==> docs/antora.yml <==\nname: ant\n"
                + "version: '2.0'\n==> docs/modules/ROOT/pages/index.adoc <==\n= Ant\n\nxref:index.adoc[Home]\n");
    }

    @FuzzTest
    void fuzz(byte[] input) {
        check(input);
    }

    static void check(byte[] input) {
        FuzzSite.check("docs bundle", input, SETUP);
    }
}
