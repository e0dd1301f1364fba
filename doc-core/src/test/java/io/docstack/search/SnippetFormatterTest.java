package io.docstack.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.junit.jupiter.api.Test;

/** Why the search stage has its own passage formatter. */
class SnippetFormatterTest {

    private static final String CONTENT = "<b>x</b> & serverId";

    private static Passage passage() {
        Passage passage = new Passage();
        passage.setStartOffset(0);
        passage.setEndOffset(CONTENT.length());
        // the word delimiter gives serverId, server and id the same offsets
        passage.addMatch(11, 19, null, 1);
        passage.addMatch(11, 19, null, 1);
        passage.addMatch(11, 19, null, 1);
        return passage;
    }

    @Test
    void lucenesDefaultFormatterDoesNotEscape() {
        assertThat(new DefaultPassageFormatter().format(new Passage[] {passage()}, CONTENT)).startsWith("<b>x</b> & ");
    }

    @Test
    void ourFormatterEscapesAndMarksOverlappingMatchesOnce() {
        assertThat(new SnippetFormatter().format(new Passage[] {passage()}, CONTENT))
                .isEqualTo("&lt;b&gt;x&lt;/b&gt; &amp; <mark>serverId</mark>");
    }

    @Test
    void passagesAreJoinedWithAnEllipsis() {
        Passage first = new Passage();
        first.setStartOffset(0);
        first.setEndOffset(8);
        Passage second = new Passage();
        second.setStartOffset(11);
        second.setEndOffset(19);
        second.addMatch(11, 17, null, 1);
        assertThat(new SnippetFormatter().format(new Passage[] {first, second}, CONTENT))
                .isEqualTo("&lt;b&gt;x&lt;/b&gt; … <mark>server</mark>Id");
    }
}
