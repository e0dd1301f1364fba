package io.docstack.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file written whole: the old one or the new one, never half of one, and no temporary file left. */
class WholeFileTest {

    @TempDir
    Path folder;

    @Test
    void writesTheFileAndItsMissingFoldersAndReplacesAnOldOne() throws IOException {
        Path file = folder.resolve("a/b/report.json");
        WholeFile.write(file, "old".getBytes(StandardCharsets.UTF_8));
        WholeFile.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertThat(file).hasContent("new");
        assertThat(names(file.getParent())).containsExactly("report.json");
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = folder.resolve("cache.bin");
        WholeFile.write(file, "whole".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> WholeFile.write(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThatThrownBy(() -> WholeFile.write(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("bug");
        })).hasMessage("bug");

        assertThat(file).hasContent("whole");
        assertThat(names(folder)).containsExactly("cache.bin");
    }

    @Test
    void aFailedFirstWriteLeavesNoFileAtAll() {
        Path file = folder.resolve("bundle.zip");

        assertThatThrownBy(() -> WholeFile.write(file, out -> {
            throw new IOException("cannot read a page");
        })).isInstanceOf(IOException.class);

        assertThat(file).doesNotExist();
        assertThat(names(folder)).isEmpty();
    }

    @Test
    void theFileHasThePermissionsOfAnyNewFile() throws IOException {
        Path file = folder.resolve("inventory.json");
        WholeFile.write(file, new byte[0]);
        Path plain = Files.createFile(folder.resolve("plain.json"));

        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(plain));
        }
    }

    private static java.util.List<String> names(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
