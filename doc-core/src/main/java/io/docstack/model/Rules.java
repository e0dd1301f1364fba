package io.docstack.model;

/**
 * The stable ids of the rules that produce {@link Diagnostic}s. Ids never change once released:
 * baselines, SARIF consumers and POM overrides refer to them.
 */
public final class Rules {
    /** A relative link or xref whose target page or asset does not exist. Error. */
    public static final String LINK_BROKEN = "link.broken";
    /** A link to a page that exists, with an anchor the page does not have. Error. */
    public static final String LINK_ANCHOR = "link.anchor";
    /** A relative link that climbs out of the project's docs folder. Error. */
    public static final String LINK_ESCAPE = "link.escape";
    /** An xref naming a project or version that the site does not have. Error. */
    public static final String XREF_PROJECT = "xref.project";
    /** An xref that is not of the form {@code xref:project[@version]:path[#anchor]}. Error. */
    public static final String XREF_SYNTAX = "xref.syntax";
    /** A Markdown page that could not be converted. Error. */
    public static final String PARSE_MARKDOWN = "parse.markdown";
    /** An AsciiDoc page that could not be converted, or an Asciidoctor error/warning. Error. */
    public static final String PARSE_ASCIIDOC = "parse.asciidoc";
    /** Front matter that is not a YAML mapping or breaks a loader limit. Error. */
    public static final String PARSE_FRONT_MATTER = "parse.front-matter";
    /** A source file that could not be read or is not valid UTF-8. Error. */
    public static final String SOURCE_READ = "source.read";
    /** A source past a configured limit (file size, nesting depth). Error. */
    public static final String SOURCE_LIMIT = "source.limit";
    /** Two sources that would be written to the same output URL. Error. */
    public static final String OUTPUT_CONFLICT = "output.conflict";
    /** A project folder that is missing or a project declared twice. Error. */
    public static final String CONFIG_PROJECT = "config.project";
    /** A nav.yml that cannot be read. Error. */
    public static final String NAV_SYNTAX = "nav.syntax";
    /** A nav.yml entry pointing to a page that does not exist. Error. */
    public static final String NAV_BROKEN = "nav.broken";
    /** An AsciiDoc include outside the project's docs folder. Error. */
    public static final String INCLUDE_ESCAPE = "include.escape";

    private Rules() {
    }
}
