package io.docstack.convert;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Heading ids follow GitHub (github-slugger): the anchors users copy from GitHub must work here. */
class GithubSluggerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Create a Port!                  | create-a-port",
            "Hello, World? (v2.0)            | hello-world-v20",
            "\"  Leading and trailing  \"    | leading-and-trailing",
            "Two  spaces                     | two--spaces",
            "snake_case and kebab-case       | snake_case-and-kebab-case",
            "C++ & C#                        | c--c",
            "1.2.3 Release                   | 123-release",
            "What's new?                     | whats-new",
            "`code` in *heading*             | code-in-heading",
            "Ünïcode Straße                  | ünïcode-straße",
            "Привет мир                      | привет-мир",
            "日本語の見出し                   | 日本語の見出し",
            "🚀 Launch                       | -launch",
            "ÉTÉ                             | été",
            // The examples of the user guide (docs/guide/writing/links.md), the promise users link against.
            "What's new in 2.1?              | whats-new-in-21",
            "Step 1: Install doc:build       | step-1-install-docbuild",
            "Créer un port                   | créer-un-port",
            "A  B                            | a--b",
    })
    void githubSlugs(String text, String slug) {
        assertThat(new GithubSlugger().slug(text)).isEqualTo(slug);
    }

    @Test
    void combiningMarksAreKeptLikeGithubDoes() {
        // Devanagari vowel signs and virama are marks (Mn/Mc), as are decomposed accents; GitHub keeps them.
        assertThat(new GithubSlugger().slug("हिन्दी भाषा")).isEqualTo("हिन्दी-भाषा");
        assertThat(new GithubSlugger().slug("Cafe\u0301 menu")).isEqualTo("cafe\u0301-menu");
    }

    @Test
    void duplicatesGetNumberedSuffixesInDocumentOrder() {
        GithubSlugger slugger = new GithubSlugger();
        assertThat(slugger.slug("Intro")).isEqualTo("intro");
        assertThat(slugger.slug("Intro")).isEqualTo("intro-1");
        assertThat(slugger.slug("intro")).isEqualTo("intro-2");
        assertThat(slugger.slug("Other")).isEqualTo("other");
    }

    @Test
    void aSuffixThatIsAlreadyTakenIsSkipped() {
        GithubSlugger slugger = new GithubSlugger();
        assertThat(slugger.slug("Intro")).isEqualTo("intro");
        assertThat(slugger.slug("Intro 1")).isEqualTo("intro-1");
        assertThat(slugger.slug("Intro")).isEqualTo("intro-2");
        assertThat(slugger.slug("Intro 1")).isEqualTo("intro-1-1");
    }

    @Test
    void reservedExplicitIdsAreNotGeneratedAgain() {
        GithubSlugger slugger = new GithubSlugger();
        slugger.reserve("setup");
        slugger.reserve("setup-1");
        assertThat(slugger.slug("Setup")).isEqualTo("setup-2");
        assertThat(slugger.slug("Other")).isEqualTo("other");
    }
}
