package io.docstack.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.junit.jupiter.api.Test;

/**
 * The code-aware analysis chain, checked the way Lucene's {@code BaseTokenStreamTestCase} does
 * (terms, offsets, position increments and lengths; stream contract on random text), in plain JUnit.
 */
class CodeAnalyzerTest {

    /** One token as the stream gives it. */
    record Token(String term, int start, int end, int increment, int length) {
    }

    static List<Token> tokens(Analyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(),
                        increment.getPositionIncrement(), length.getPositionLength()));
            }
            stream.end();
            assertThat(offset.endOffset()).as("final offset").isEqualTo(text.length());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return tokens;
    }

    static List<String> terms(Analyzer analyzer, String text) {
        return tokens(analyzer, text).stream().map(Token::term).toList();
    }

    @Test
    void camelCaseKeepsTheIdentifierAndItsParts() {
        assertThat(tokens(CodeAnalyzer.forQuery(), "serverId")).containsExactly(
                new Token("serverid", 0, 8, 1, 2),
                new Token("server", 0, 8, 0, 1),
                new Token("id", 0, 8, 1, 1));
    }

    @Test
    void snakeCaseKeepsTheIdentifierTheCatenationAndTheParts() {
        assertThat(terms(CodeAnalyzer.forQuery(), "server_id")).containsExactlyInAnyOrder("server_id", "serverid", "server", "id");
    }

    @Test
    void methodCallsLoseTheirParenthesesAndSplitIntoWords() {
        assertThat(terms(CodeAnalyzer.forQuery(), "getServerId()")).containsExactlyInAnyOrder("getserverid", "get", "server", "id");
    }

    @Test
    void theFourSpellingsOfServerIdShareServerAndId() {
        for (String spelling : List.of("serverId", "server_id", "getServerId()", "server id")) {
            assertThat(terms(CodeAnalyzer.forIndex(), spelling)).as(spelling).contains("server", "id");
            assertThat(terms(CodeAnalyzer.forQuery(), spelling)).as(spelling).contains("server", "id");
        }
        // and the glued forms meet each other directly
        assertThat(terms(CodeAnalyzer.forIndex(), "serverId")).contains("serverid");
        assertThat(terms(CodeAnalyzer.forIndex(), "server_id")).contains("serverid");
    }

    @Test
    void proseIsLowerCasedAndPluralsAreStemmed() {
        assertThat(tokens(CodeAnalyzer.forIndex(), "Create Ports, quickly!")).containsExactly(
                new Token("create", 0, 6, 1, 1),
                new Token("port", 7, 12, 1, 1),
                new Token("quickly", 14, 21, 1, 1));
        assertThat(terms(CodeAnalyzer.forIndex(), "policies flavors")).containsExactly("policy", "flavor");
    }

    @Test
    void prefixAnalysisDoesNotStem() {
        assertThat(terms(CodeAnalyzer.forPrefixes(false), "Policies")).containsExactly("policies");
    }

    @Test
    void theIndexChainKeepsThePartsInSequenceSoPhrasesMatchThem() {
        assertThat(tokens(CodeAnalyzer.forIndex(), "use getServerId now")).extracting(Token::term, Token::increment)
                .containsExactly(tuple("use", 1), tuple("getserverid", 1), tuple("get", 0), tuple("server", 1),
                        tuple("id", 1), tuple("now", 1));
    }

    @Test
    void lucenesSyntaxCharactersAreSeparators() {
        assertThat(terms(CodeAnalyzer.forQuery(), "+a -b && c || !d (e) {f} [g] ^h \"i\" ~j *k ?l :m \\n /o"))
                .containsExactly("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o");
    }

    @Test
    void nonLatinWordsAreKept() {
        assertThat(terms(CodeAnalyzer.forQuery(), "Сервер запущен")).containsExactly("сервер", "запущен");
        assertThat(terms(CodeAnalyzer.forQuery(), "サーバーを作成")).containsExactly("サーバーを作成");
    }

    /** The stream contract on random text, as {@code checkRandomData} checks it. */
    @Test
    void randomTextKeepsTheTokenStreamContract() {
        Random random = new Random(42);
        String alphabet = "aZ_09 ()-.<>&\"'é日本\u00a0\tAbC";
        for (Analyzer analyzer : List.of(CodeAnalyzer.forIndex(), CodeAnalyzer.forQuery(), CodeAnalyzer.forPrefixes(true))) {
            for (int run = 0; run < 500; run++) {
                StringBuilder text = new StringBuilder();
                int length = random.nextInt(60);
                for (int i = 0; i < length; i++) {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                int lastStart = 0;
                int position = -1;
                for (Token token : tokens(analyzer, text.toString())) {
                    assertThat(token.term()).isNotEmpty();
                    assertThat(token.start()).isBetween(0, token.end());
                    assertThat(token.end()).isLessThanOrEqualTo(text.length());
                    assertThat(token.length()).isPositive();
                    position += token.increment();
                    assertThat(position).isNotNegative();
                    assertThat(token.start()).as("offsets never go back: %s", text).isGreaterThanOrEqualTo(lastStart);
                    lastStart = token.start();
                }
            }
        }
    }
}
