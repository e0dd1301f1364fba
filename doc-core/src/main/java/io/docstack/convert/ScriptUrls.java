package io.docstack.convert;

import java.util.regex.Pattern;

import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.LinkResolverFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;

/**
 * Recognizes URLs that run script when followed ({@code javascript:}, {@code vbscript:}) the way
 * a browser reads them: scheme in any case, leading spaces and control characters ignored, tabs
 * and line breaks inside the scheme ignored ({@code " Java&#9;Script:…"} once entities are
 * decoded). Such a URL is never recorded as a link and never gets a placeholder. Flexmark's own
 * filter ({@code javascript:.*}) is case-sensitive, hence this. Stateless.
 */
final class ScriptUrls {

    /** The pattern as a regular expression string, for Flexmark's {@code SUPPRESSED_LINKS} option. */
    static final String REGEX = "(?is)[\\x00-\\x20]*(?:" + spread("javascript") + "|" + spread("vbscript") + ")"
            + "[\\t\\n\\r]*:.*";

    private static final Pattern PATTERN = Pattern.compile(REGEX);

    private ScriptUrls() {
    }

    /** Whether {@code url} (entity-decoded) would run script. */
    static boolean isScript(String url) {
        return PATTERN.matcher(url).matches();
    }

    /**
     * A Flexmark link resolver that turns a script URL into {@code #}. Flexmark's
     * {@code SUPPRESSED_LINKS} test sees the URL as written, so {@code [x](&#106;avascript:…)} or
     * {@code [x](javascript&colon;…)} passes it and is then written decoded; the resolver sees the
     * decoded URL of every link, image, autolink and reference.
     */
    static LinkResolverFactory resolverFactory() {
        return new IndependentLinkResolverFactory() {
            @Override
            public LinkResolver apply(LinkResolverBasicContext context) {
                return (node, basicContext, link) -> isScript(link.getUrl())
                        ? link.withUrl("#").withStatus(LinkStatus.INVALID) : link;
            }
        };
    }

    /** The scheme's letters with any tabs and line breaks allowed between them, as URL parsers drop those. */
    private static String spread(String scheme) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < scheme.length(); i++) {
            if (i > 0) {
                out.append("[\\t\\n\\r]*");
            }
            out.append(scheme.charAt(i));
        }
        return out.toString();
    }
}
