package io.docstack.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.docstack.config.Limits;

/**
 * Pages are parsed with only the Flexmark extensions their text can use; that must never change
 * the output. Every Markdown page of the repository (sample suite, user guide, test fixtures) is
 * converted both ways and compared.
 */
class ExtensionSelectionTest {

    @Test
    void selectingExtensionsByTriggerGivesTheSameOutputAsEnablingAll() throws IOException {
        MarkdownConverter selective = new MarkdownConverter(Limits.DEFAULTS);
        MarkdownConverter complete = new MarkdownConverter(Limits.DEFAULTS, true);
        List<Path> pages = markdownPages();
        assertThat(pages).hasSizeGreaterThan(60);
        for (Path page : pages) {
            String text = new String(Files.readAllBytes(page), StandardCharsets.UTF_8);
            Conversion fast = selective.convert(text, page.toString());
            Conversion full = complete.convert(text, page.toString());
            assertThat(fast.html()).as(page.toString()).isEqualTo(full.html());
            assertThat(fast.links()).as(page.toString()).isEqualTo(full.links());
            assertThat(fast.headings()).as(page.toString()).isEqualTo(full.headings());
        }
    }

    @Test
    void eachExtensionStillWorksWhenItsSyntaxIsPresent() {
        MarkdownConverter converter = new MarkdownConverter(Limits.DEFAULTS);
        String html = converter.convert("""
                | a | b |
                |---|---|
                | 1 | 2 |

                ~~gone~~ www.example.com [^1]

                - [x] done

                !!! note "Heads up"
                    Body.

                ## Title {#custom}

                [^1]: A footnote.
                """, "all.md").html();
        assertThat(html).contains("<table", "<del>gone</del>", "href=\"http://www.example.com\"", "footnote",
                "task-list-item", "adm-note", "id=\"custom\"");
    }

    private static List<Path> markdownPages() throws IOException {
        Path repo = Path.of("..").toAbsolutePath().normalize();
        List<Path> roots = List.of(repo.resolve("samples"), repo.resolve("docs"), repo.resolve("doc-core/src/test/resources"));
        List<Path> pages = new java.util.ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".md") && !f.toString().contains("/target/"))
                        .filter(f -> f.toFile().length() < 200_000).sorted().forEach(pages::add);
            }
        }
        return pages;
    }
}
