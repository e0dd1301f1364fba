package io.docstack.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.util.misc.Extension;

/**
 * The extensions Docstack enables, each with text that any page using its syntax must contain.
 * Every Flexmark extension costs time on every line of every page (the admonition parser even
 * compiles a regular expression per line), so a page is parsed with only the extensions whose
 * trigger it contains: the output is the same, and conversion of typical pages is several
 * times faster.
 */
enum MarkdownSyntax {
    TABLES(TablesExtension::create, "|"),
    STRIKETHROUGH(StrikethroughExtension::create, "~~"),
    TASK_LISTS(TaskListExtension::create, "[ ]", "[x]", "[X]"),
    AUTOLINKS(AutolinkExtension::create, "://", "www.", "WWW.", "@"),
    FOOTNOTES(FootnoteExtension::create, "[^"),
    ADMONITIONS(AdmonitionExtension::create, "!!!", "???"),
    ATTRIBUTES(AttributesExtension::create, "{"),
    /**
     * Link destinations between angle brackets may hold spaces ({@code [a](<api:compute:GET /servers>)}),
     * as CommonMark allows; Flexmark only reads them with its option for spaces in URLs, which
     * would also make {@code [a](b c)} a link (CommonMark: text), so only pages that use the
     * bracket form get it.
     */
    POINTY_DESTINATIONS(null, "](<");

    static final int ALL = (1 << values().length) - 1;

    private final Supplier<Extension> extension;
    private final String[] triggers;

    MarkdownSyntax(Supplier<Extension> extension, String... triggers) {
        this.extension = extension;
        this.triggers = triggers;
    }

    static int needed(String text) {
        int mask = 0;
        for (MarkdownSyntax syntax : values()) {
            for (String trigger : syntax.triggers) {
                if (text.contains(trigger)) {
                    mask |= 1 << syntax.ordinal();
                    break;
                }
            }
        }
        return mask;
    }

    /** Whether pages with these syntaxes need spaces allowed in link URLs (see {@link #POINTY_DESTINATIONS}). */
    static boolean spacesInUrls(int mask) {
        return (mask & 1 << POINTY_DESTINATIONS.ordinal()) != 0;
    }

    static List<Extension> extensions(int mask) {
        List<Extension> extensions = new ArrayList<>();
        for (MarkdownSyntax syntax : values()) {
            if ((mask & 1 << syntax.ordinal()) != 0 && syntax.extension != null) {
                extensions.add(syntax.extension.get());
            }
        }
        return extensions;
    }
}
