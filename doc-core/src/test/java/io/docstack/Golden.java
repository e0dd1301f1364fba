package io.docstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with an expected file under {@code src/test/resources/}, byte for byte. After an
 * intended change, regenerate with {@code -Dgolden.update=true} and read the diff.
 */
public final class Golden {

    private static final boolean UPDATE = Boolean.parseBoolean(System.getProperty("golden.update"));

    private Golden() {
    }

    /** Compares {@code actual} with the test resource {@code resource} ({@code report/docstack.sarif}). */
    public static void assertMatches(String resource, byte[] actual) {
        if (UPDATE) {
            Path expected = Path.of("src/test/resources").resolve(resource).toAbsolutePath();
            try {
                Files.createDirectories(expected.getParent());
                Files.write(expected, actual);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        byte[] expected = read(resource);
        assertThat(new String(actual, StandardCharsets.UTF_8))
                .as("%s (rerun with -Dgolden.update=true if the change is intended)", resource)
                .isEqualTo(new String(expected, StandardCharsets.UTF_8));
        assertThat(actual).as("%s bytes", resource).isEqualTo(expected);
    }

    private static byte[] read(String resource) {
        try (InputStream in = Golden.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("no expected file " + resource + "; create it with -Dgolden.update=true");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
