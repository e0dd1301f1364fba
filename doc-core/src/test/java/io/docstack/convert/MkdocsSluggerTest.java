package io.docstack.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.docstack.config.AnchorStyle;

/**
 * Heading ids follow MkDocs, i.e. Python-Markdown's {@code toc.slugify} and {@code toc.unique}.
 * The expected values were produced by those two functions (Python 3.11), so a page moved from
 * MkDocs keeps the anchors its readers and other pages link to.
 */
class MkdocsSluggerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Create a Port!                  | create-a-port",
            "Hello, World? (v2.0)            | hello-world-v20",
            "\"  Leading and trailing  \"    | leading-and-trailing",
            "Two  spaces                     | two-spaces",
            "snake_case and kebab-case       | snake_case-and-kebab-case",
            "C++ & C#                        | c-c",
            "1.2.3 Release                   | 123-release",
            "What's new?                     | whats-new",
            "Ünïcode Straße                  | unicode-strae",
            "ÉTÉ                             | ete",
            "žlutý kůň                       | zluty-kun",
            "Über-Größe                      | uber-groe",
            "🚀 Launch                       | launch",
            "-Flags-                         | -flags-",
            "a - b                           | a-b",
            "a -- b                          | a-b",
            "—dash—                          | dash",
            "Ｆｕｌｌｗｉｄｔｈ                | fullwidth",
            "ﬁle ligature                    | file-ligature",
            "x²                              | x2",
            "½ cup                           | 12-cup",
            "under_score__double             | under_score__double",
            "Step_1                          | step_1",
    })
    void pythonMarkdownSlugs(String text, String slug) {
        assertThat(MkdocsSlugger.base(text)).isEqualTo(slug);
        assertThat(Slugger.forStyle(AnchorStyle.MKDOCS).slug(text)).isEqualTo(slug);
    }

    @Test
    void unicodeSpacesAndControlWhitespaceSeparateWordsLikePython() {
        assertThat(MkdocsSlugger.base("nbsp\u00a0here")).isEqualTo("nbsp-here");
        assertThat(MkdocsSlugger.base("em\u2003space")).isEqualTo("em-space");
        assertThat(MkdocsSlugger.base("tab\there")).isEqualTo("tab-here");
        assertThat(MkdocsSlugger.base("x\u001cy")).isEqualTo("x-y");
        assertThat(MkdocsSlugger.base("A\u0301B")).isEqualTo("ab");
    }

    @Test
    void textWithoutAsciiWordCharactersGivesUnderscoreNumbers() {
        Slugger slugger = Slugger.forStyle(AnchorStyle.MKDOCS);
        assertThat(List.of("Привет мир", "日本語の見出し", "!!!").stream().map(slugger::slug))
                .containsExactly("_1", "_2", "_3");
    }

    @Test
    void duplicatesGetUnderscoreSuffixesAndCountedIdsCountOn() {
        Slugger slugger = Slugger.forStyle(AnchorStyle.MKDOCS);
        assertThat(List.of("Intro", "Intro", "intro", "Intro_1", "Intro", "Step_1", "Step_1").stream().map(slugger::slug))
                .containsExactly("intro", "intro_1", "intro_2", "intro_3", "intro_4", "step_1", "step_2");
    }

    @Test
    void reservedExplicitIdsAreSkipped() {
        Slugger slugger = Slugger.forStyle(AnchorStyle.MKDOCS);
        slugger.reserve("setup");
        slugger.reserve("setup_1");
        assertThat(slugger.slug("Setup")).isEqualTo("setup_2");
        assertThat(slugger.slug("Setup")).isEqualTo("setup_3");
    }

    @Test
    void countersBeyondLongRangeDoNotOverflow() {
        Slugger slugger = Slugger.forStyle(AnchorStyle.MKDOCS);
        assertThat(slugger.slug("a_99999999999999999999")).isEqualTo("a_99999999999999999999");
        assertThat(slugger.slug("a_99999999999999999999")).isEqualTo("a_100000000000000000000");
        assertThat(slugger.slug("a_007")).isEqualTo("a_007");
        assertThat(slugger.slug("a_007")).isEqualTo("a_8");
    }
}
