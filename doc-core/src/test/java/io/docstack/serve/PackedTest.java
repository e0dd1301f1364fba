package io.docstack.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.docstack.model.SitePath;

/** Files kept packed come back byte for byte, pack the same way every time, and HTML shrinks. */
class PackedTest {

    @Test
    void everyContentComesBackAsItWas() {
        Random random = new Random(42);
        for (String name : new String[] {"a.html", "b.css", "c.png", "d.json", "e"}) {
            for (int size : new int[] {0, 1, 255, 256, 257, 8191, 8192, 100_000}) {
                byte[] content = new byte[size];
                random.nextBytes(content);
                SitePath path = SitePath.of(name);
                assertThat(Packed.unpack(Packed.pack(path, content))).as("%s of %d bytes", name, size).isEqualTo(content);
                assertThat(Packed.pack(path, content)).isEqualTo(Packed.pack(path, content));
            }
        }
    }

    @Test
    void repetitiveHtmlIsKeptSmall() {
        byte[] page = ("<li><a href=\"../guide/page.html\">A page of the navigation</a></li>\n").repeat(500)
                .getBytes(StandardCharsets.UTF_8);
        byte[] packed = Packed.pack(SitePath.of("guide/index.html"), page);
        assertThat(packed.length).isLessThan(page.length / 10);
        assertThat(Packed.unpack(packed)).isEqualTo(page);
    }
}
