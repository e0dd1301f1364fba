package io.docstack.convert;

import org.jsoup.parser.Parser;

/** Decodes HTML character references in link targets as written ({@code &amp;} to {@code &}). */
final class Entities {
    private Entities() {
    }

    static String decode(String text) {
        return text.indexOf('&') < 0 ? text : Parser.unescapeEntities(text, true);
    }
}
