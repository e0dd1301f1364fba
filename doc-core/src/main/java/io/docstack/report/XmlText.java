package io.docstack.report;

/**
 * Makes arbitrary message text safe for XML 1.0. The XML writer escapes markup ({@code < & > "}),
 * but it cannot write characters that XML 1.0 forbids (most control characters, unpaired
 * surrogates, U+FFFE/U+FFFF): a report containing one is rejected by every parser, so they go.
 */
final class XmlText {

    private XmlText() {
    }

    /** Element text: illegal characters removed, line ends normalised to '\n' as a parser would. */
    static String content(String text) {
        return legal(text.replace("\r\n", "\n").replace('\r', '\n'));
    }

    /** Attribute text: as {@link #content}, with line breaks and tabs turned into spaces (parsers would). */
    static String attribute(String text) {
        return content(text).replace('\n', ' ').replace('\t', ' ');
    }

    private static String legal(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            if (!isLegal(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
            } else if (out != null) {
                out.appendCodePoint(c);
            }
            i += width;
        }
        return out == null ? text : out.toString();
    }

    /** XML 1.0 {@code Char}; an unpaired surrogate reaches here as a code point in D800-DFFF. */
    private static boolean isLegal(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }
}
