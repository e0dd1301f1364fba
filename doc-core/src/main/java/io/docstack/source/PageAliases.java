package io.docstack.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The {@code page-aliases} of an Antora page, read from its document header: the lines from the
 * top of the file to the first blank line after the header has begun ({@code //} comments and
 * conditional directives count as header lines; a value ending in {@code " \"} goes on on the
 * next line, as Asciidoctor reads it). Antora reads the attribute from the converted header;
 * the header is read here, before conversion, because the catalog needs the aliases to resolve
 * links and to find the collisions, and authors write the list as plain text. Stateless and
 * thread-safe.
 */
final class PageAliases {

    /** The ids an author wrote, and the line of the attribute (1-based). */
    record Declared(List<String> ids, int line) {
        Declared {
            ids = List.copyOf(ids);
        }
    }

    /** A header is short; a file whose header goes on past this is read no further. */
    private static final int MAX_HEADER_BYTES = 64 * 1024;
    private static final String ATTRIBUTE = ":page-aliases:";

    private PageAliases() {
    }

    /** The page's aliases, or empty when its header sets none (or the file cannot be read: its conversion reports that). */
    static Optional<Declared> read(Path page) {
        byte[] head;
        try (InputStream in = Files.newInputStream(page)) {
            head = in.readNBytes(MAX_HEADER_BYTES);
        } catch (IOException e) {
            return Optional.empty();
        }
        return parse(new String(head, StandardCharsets.UTF_8));
    }

    static Optional<Declared> parse(String text) {
        List<String> lines = text.lines().toList();
        boolean begun = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                if (begun) {
                    return Optional.empty();
                }
                continue;
            }
            begun = true;
            if (!line.startsWith(ATTRIBUTE)) {
                continue;
            }
            int first = i;
            StringBuilder value = new StringBuilder(line.substring(ATTRIBUTE.length()).strip());
            while (value.toString().endsWith(" \\") && i + 1 < lines.size()) {
                value.setLength(value.length() - 2);
                value.append(' ').append(lines.get(++i).strip());
            }
            List<String> ids = new ArrayList<>(Arrays.stream(value.toString().split(","))
                    .map(String::strip).filter(id -> !id.isEmpty()).toList());
            return ids.isEmpty() ? Optional.empty() : Optional.of(new Declared(ids, first + 1));
        }
        return Optional.empty();
    }
}
