package io.docstack.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.docstack.config.Limits;
import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;

class FrontMatterTest {

    private static FrontMatter parse(String text) {
        return FrontMatter.parse(text, "guide/a.md", Limits.DEFAULTS);
    }

    @Test
    void readsTitleOrderAndDescription() {
        FrontMatter front = parse("---\ntitle: Install  \norder: 3\ndescription: How to install.\n---\n# Body\n");
        assertThat(front.problem()).isNull();
        assertThat(front.string("title")).isEqualTo("Install");
        assertThat(front.integer("order")).isEqualTo(3);
        assertThat(front.string("description")).isEqualTo("How to install.");
        assertThat(front.string("missing")).isNull();
        assertThat(front.integer("missing")).isNull();
    }

    @Test
    void orderWrittenAsTextIsReadAndNonNumbersAreIgnored() {
        assertThat(parse("---\norder: '12'\n---\n").integer("order")).isEqualTo(12);
        assertThat(parse("---\norder: first\n---\n").integer("order")).isNull();
    }

    @Test
    void bodyKeepsTheLineNumbersOfTheFile() {
        String text = "---\ntitle: T\norder: 1\n---\n# Heading\n\ntext\n";
        FrontMatter front = parse(text);
        assertThat(front.body()).isEqualTo("\n\n\n\n# Heading\n\ntext\n");
        assertThat(front.body().lines().count()).isEqualTo(text.lines().count());
        assertThat(front.body().lines().toList().get(4)).isEqualTo("# Heading");
    }

    @Test
    void windowsLineEndingsAndDotsClosingLineAreAccepted() {
        FrontMatter front = parse("---\r\ntitle: T\r\n...\r\nbody\r\n");
        assertThat(front.problem()).isNull();
        assertThat(front.string("title")).isEqualTo("T");
        assertThat(front.body()).isEqualTo("\n\n\nbody\n");
    }

    @Test
    void textWithoutFrontMatterIsUnchanged() {
        String text = "# Title\n---\nnot: front matter\n---\n";
        FrontMatter front = parse(text);
        assertThat(front.values()).isEmpty();
        assertThat(front.body()).isSameAs(text);
        assertThat(front.problem()).isNull();
        assertThat(parse("").body()).isEmpty();
    }

    @Test
    void emptyFrontMatterIsNoProblem() {
        FrontMatter front = parse("---\n---\nbody\n");
        assertThat(front.problem()).isNull();
        assertThat(front.values()).isEmpty();
        assertThat(front.body()).isEqualTo("\n\nbody\n");
    }

    @Test
    void invalidYamlIsReportedAtItsLineInTheFile() {
        FrontMatter front = parse("---\ntitle: ok\ndescription: fine\n  indented: wrong\n---\n# Body\n");
        assertThat(front.problem()).isNotNull();
        assertThat(front.problem().rule()).isEqualTo(Rules.PARSE_FRONT_MATTER);
        assertThat(front.problem().file()).isEqualTo("guide/a.md");
        assertThat(front.problem().line()).isEqualTo(4);
        assertThat(front.problem().column()).isEqualTo(11);
        assertThat(front.problem().message()).startsWith("front matter is not valid YAML: ");
        assertThat(front.values()).isEmpty();
        // The body is still usable: the page is built without its front matter.
        assertThat(front.body()).isEqualTo("\n\n\n\n\n# Body\n");
    }

    @Test
    void duplicateKeyIsReportedAtTheSecondKey() {
        Diagnostic problem = parse("---\ntitle: a\norder: 1\ntitle: b\n---\n").problem();
        assertThat(problem.rule()).isEqualTo(Rules.PARSE_FRONT_MATTER);
        assertThat(problem.line()).isEqualTo(4);
    }

    @Test
    void unclosedFrontMatterIsReportedAtTheOpeningLine() {
        FrontMatter front = parse("---\ntitle: T\n# Heading\n");
        assertThat(front.problem().rule()).isEqualTo(Rules.PARSE_FRONT_MATTER);
        assertThat(front.problem().line()).isEqualTo(1);
        assertThat(front.problem().message()).contains("never closed");
        assertThat(front.body()).isEqualTo("---\ntitle: T\n# Heading\n");
    }

    @Test
    void frontMatterThatIsNotAMappingIsReported() {
        FrontMatter list = parse("---\n- a\n- b\n---\n");
        assertThat(list.problem().rule()).isEqualTo(Rules.PARSE_FRONT_MATTER);
        assertThat(list.problem().line()).isEqualTo(2);
        assertThat(list.problem().message()).contains("not a mapping");
        assertThat(parse("---\njust a string\n---\n").problem().rule()).isEqualTo(Rules.PARSE_FRONT_MATTER);
    }

    @Test
    void billionLaughsAliasesAreRefusedQuickly() {
        String bomb = """
                ---
                a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
                g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
                h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
                i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
                title: T
                ---
                body
                """;
        FrontMatter front = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parse(bomb));
        assertThat(front.problem()).isNotNull();
        assertThat(front.problem().rule()).isEqualTo(Rules.PARSE_FRONT_MATTER);
        assertThat(front.problem().line()).isGreaterThanOrEqualTo(2);
        assertThat(front.values()).isEmpty();
    }

    @Test
    void aliasesWithinTheLimitDoNotExpandIntoAHugeTitle() {
        // 50 aliases, fan-out 7 over 8 levels: 7^8 (5.7 million) strings if the list were printed.
        StringBuilder yaml = new StringBuilder("---\na: &a [lol,lol,lol,lol,lol,lol,lol]\n");
        String previous = "a";
        for (String name : List.of("b", "c", "d", "e", "f", "g", "h")) {
            yaml.append(name).append(": &").append(name).append(" [")
                    .append(String.join(",", java.util.Collections.nCopies(7, "*" + previous))).append("]\n");
            previous = name;
        }
        yaml.append("title: *h\ndescription: *h\n---\n# Body\n");
        FrontMatter front = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> parse(yaml.toString()));
        assertThat(front.string("title")).isNull();
        assertThat(front.string("description")).isNull();
        assertThat(parse("---\ntitle: [a, b]\n---\n").string("title")).isNull();
    }

    @Test
    void aliasesUnderTheAliasLimitThatExpandPastTheSizeLimitAreOneProblem() {
        // 48 aliases, under maxYamlAliases, that stand for 3^16 (43 million) strings: reading
        // 'order' as text used to build all of them and the build died of OutOfMemoryError.
        String yaml = "---\ntitle: Bomb\n" + io.docstack.TestFiles.yamlAliasLevels() + "order: *l16\n---\n# Bomb\n";
        FrontMatter front = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> parse(yaml));
        assertThat(front.problem()).isNotNull();
        assertThat(front.problem().rule()).isEqualTo(Rules.SOURCE_LIMIT);
        assertThat(front.problem().line()).isEqualTo(2);
        assertThat(front.problem().message()).contains("maxFrontMatterBytes (65536)");
        assertThat(front.values()).isEmpty();
        assertThat(front.integer("order")).isNull();
    }

    @Test
    void orderAndTitleAreReadOnlyFromSingleValues() {
        assertThat(parse("---\norder: [1]\n---\n").integer("order")).isNull();
        assertThat(parse("---\norder: {a: 1}\n---\n").integer("order")).isNull();
        assertThat(parse("---\ntitle: {a: 1}\n---\n").string("title")).isNull();
        // Aliases of single values are fine: they cannot multiply anything.
        FrontMatter front = parse("---\nn: &n 4\norder: *n\n---\n");
        assertThat(front.problem()).isNull();
        assertThat(front.integer("order")).isEqualTo(4);
    }

    @Test
    void aFewAliasesAreFine() {
        FrontMatter front = parse("---\nbase: &b {x: 1}\nother: *b\ntitle: T\n---\n");
        assertThat(front.problem()).isNull();
        assertThat(front.string("title")).isEqualTo("T");
    }

    @Test
    void frontMatterOverTheSizeLimitIsReported() {
        Limits small = new Limits(4L * 1024 * 1024, 64, 100, 50, 16);
        String text = "---\ntitle: T\ndescription: " + "x".repeat(200) + "\n---\n# Body\n";
        FrontMatter front = FrontMatter.parse(text, "a.md", small);
        assertThat(front.problem().rule()).isEqualTo(Rules.SOURCE_LIMIT);
        assertThat(front.problem().line()).isEqualTo(2);
        assertThat(front.problem().message()).contains("maxFrontMatterBytes (100)");
        assertThat(front.values()).isEmpty();
        assertThat(front.body()).isEqualTo("\n\n\n\n# Body\n");
    }

    @Test
    void deeplyNestedYamlIsRefusedNotOverflowed() {
        String text = "---\nx: " + "[".repeat(5_000) + "]".repeat(5_000) + "\n---\n";
        FrontMatter front = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parse(text));
        assertThat(front.problem().rule()).isEqualTo(Rules.PARSE_FRONT_MATTER);
    }

    @Test
    void onlySafeTypesAreConstructed() {
        FrontMatter front = parse("---\ntitle: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[]]]\n---\n");
        assertThat(front.problem()).isNotNull();
        assertThat(front.problem().rule()).isEqualTo(Rules.PARSE_FRONT_MATTER);
    }

    @Test
    void titleIsTheTextAsWrittenEvenWhenYamlWouldReadADate() {
        // SnakeYAML turns 2024-01-01 into a java.util.Date whose toString depends on the time zone.
        assertThat(parse("---\ntitle: 2024-01-01\n---\n").string("title")).isEqualTo("2024-01-01");
        assertThat(parse("---\ntitle: 1.10\n---\n").string("title")).isEqualTo("1.10");
        assertThat(parse("---\ntitle: No\n---\n").string("title")).isEqualTo("No");
        assertThat(parse("---\norder: 2\n---\n").integer("order")).isEqualTo(2);
    }

    @Test
    void theReusedLoaderRecoversFromBrokenFrontMatter() {
        for (int i = 0; i < 3; i++) {
            assertThat(parse("---\ntitle: [unclosed\n---\n").problem()).isNotNull();
            assertThat(parse("---\nbase: &a [x]\nref: *a\n---\n").problem()).isNull();
            assertThat(parse("---\ntitle: Fine " + i + "\n---\n").string("title")).isEqualTo("Fine " + i);
        }
    }
}
