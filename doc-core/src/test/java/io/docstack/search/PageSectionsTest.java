package io.docstack.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Section text is collapsed while it is collected, exactly as collapsing it at the end would. */
class PageSectionsTest {

    /** The collapse as first written: over the whole raw text, after the fact. */
    private static String collapsedAtTheEnd(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = !out.isEmpty();
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    @Test
    void collapsingWhileAppendingGivesTheCollapseOfTheWhole() {
        List<String> pieces = List.of("", " ", "  ", "\n", "\t", "\u00a0", "\u2003", "\u200b", "\u001c", "\u0001", "a",
                "word", "two words", " lead", "trail ", "é", "日本", "\ud83d\ude00", "x\u00a0\u00a0y", "\r\n");
        Random random = new Random(42);
        PageSections.PlainText plain = new PageSections.PlainText();
        for (int round = 0; round < 20_000; round++) {
            StringBuilder raw = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                if (random.nextInt(5) == 0) {
                    raw.append(' ');
                    plain.space();
                } else {
                    String piece = pieces.get(random.nextInt(pieces.size()));
                    raw.append(piece);
                    plain.append(piece);
                }
            }
            assertThat(plain.take()).as(raw.toString()).isEqualTo(collapsedAtTheEnd(raw));
        }
    }

    @Test
    void everyCharacterIsASpaceOrNotAsBefore() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String text = "a" + c + "b";
            assertThat(PageSections.normalize(text)).as("U+%04X", (int) c).isEqualTo(collapsedAtTheEnd(text));
        }
    }
}
