package io.docstack.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The stable ids of the rules that produce {@link Diagnostic}s, with their default severity and
 * a one-line description. Ids never change once released: baselines, SARIF consumers and POM
 * overrides refer to them. The user guide's rule table and SARIF's rule list come from {@link #ALL}.
 */
public final class Rules {
    /** See {@link #ALL}. */
    public static final String SPEC_PARSE = "spec.parse";
    /** See {@link #ALL}. */
    public static final String SPEC_REF = "spec.ref";
    /** See {@link #ALL}. */
    public static final String SPEC_DUPLICATE = "spec.duplicate";
    /** See {@link #ALL}. */
    public static final String API_SYNTAX = "api.syntax";
    /** See {@link #ALL}. */
    public static final String API_SERVICE = "api.service";
    /** See {@link #ALL}. */
    public static final String API_OPERATION = "api.operation";
    /** See {@link #ALL}. */
    public static final String API_METHOD = "api.method";
    /** See {@link #ALL}. */
    public static final String API_PARAMETER = "api.parameter";
    /** See {@link #ALL}. */
    public static final String API_VERSION = "api.version";
    /** See {@link #ALL}. */
    public static final String API_DEPRECATED = "api.deprecated";
    /** See {@link #ALL}. */
    public static final String API_PATH_NAMES = "api.path-names";
    /** See {@link #ALL}. */
    public static final String API_COVERAGE = "api.coverage";
    /** A relative link or xref whose target page does not exist. Error. */
    public static final String LINK_BROKEN = "link.broken";
    /** A link to a page that exists, with an anchor the page does not have. Error. */
    public static final String LINK_ANCHOR = "link.anchor";
    /** A link or image whose target asset (image, PDF, download) does not exist. Error. */
    public static final String LINK_ASSET = "link.asset";
    /** A link whose target exists only with a different letter case (breaks on case-sensitive hosts). Error. */
    public static final String LINK_CASE = "link.case";
    /** A relative link that climbs out of the project's docs folder. Error. */
    public static final String LINK_ESCAPE = "link.escape";
    /**
     * A URL whose scheme is not allowed ({@code javascript:}, {@code data:} …) in a link, image,
     * navigation entry or edit URL; it is not written ({@link UrlPolicy}). Error.
     */
    public static final String LINK_SCHEME = "link.scheme";
    /** Raw HTML of untrusted content that was removed: an element or an attribute outside the safelist. Warning. */
    public static final String HTML_REMOVED = "html.removed";
    /** An xref naming a project or version that the site does not have. Error. */
    public static final String XREF_PROJECT = "xref.project";
    /** An xref that is not of the form {@code xref:project[@version]:path[#anchor]}. Error. */
    public static final String XREF_SYNTAX = "xref.syntax";
    /** Two elements of one page with the same id: links reach only the first. Error. */
    public static final String ANCHOR_DUPLICATE = "anchor.duplicate";
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
    /**
     * Files of a configured folder that are not read, counted per folder: info for what the
     * conventions leave out (names starting with {@code _} or {@code .}, {@code <excludes>},
     * what Antora does not read), warning for files that look like pages but are not read as pages.
     */
    public static final String SOURCE_SKIPPED = "source.skipped";
    /** Two sources that would be written to the same output URL. Error. */
    public static final String OUTPUT_CONFLICT = "output.conflict";
    /** A project folder that is missing or a project declared twice. Error. */
    public static final String CONFIG_PROJECT = "config.project";
    /** A git source that cannot be read: no such repository, a pattern matching no ref, a ref without the docs. Error. */
    public static final String SOURCE_GIT = "source.git";
    /** A docs bundle that cannot be resolved or read, or that holds unsafe entries. Error. */
    public static final String SOURCE_BUNDLE = "source.bundle";
    /** A nav.yml that cannot be read. Error. */
    public static final String NAV_SYNTAX = "nav.syntax";
    /** A nav.yml entry pointing to a page that does not exist. Error. */
    public static final String NAV_BROKEN = "nav.broken";
    /** A page that neither the navigation nor any reachable page links to. Warning. */
    public static final String NAV_UNREACHABLE = "nav.unreachable";
    /** An AsciiDoc include outside the project's docs folder. Error. */
    public static final String INCLUDE_ESCAPE = "include.escape";
    /** A link inventory that cannot be read (missing file, unreachable URL, bad JSON). Error. */
    public static final String INVENTORY_LOAD = "inventory.load";
    /** A baseline file that cannot be read. Error. */
    public static final String CHECK_BASELINE = "check.baseline";
    /** A git reference for {@code doc.check.since} that cannot be resolved. Error. */
    public static final String CHECK_SINCE = "check.since";
    /** An external link answered with an error status (404, 410, 5xx after retries). Error. */
    public static final String EXTERNAL_STATUS = "external.status";
    /** An external link that could not be fetched (DNS, connection, timeout, too many redirects). Error. */
    public static final String EXTERNAL_UNREACHABLE = "external.unreachable";
    /** An external link to a loopback, private or link-local address, refused unless allowed. Error. */
    public static final String EXTERNAL_PRIVATE = "external.private";

    /** One rule: its id, default severity and what it finds. */
    public record Rule(String id, Severity severity, String description) {
    }

    /** Every rule, in the order the user guide lists them. */
    public static final List<Rule> ALL = List.of(
            new Rule(LINK_BROKEN, Severity.ERROR, "Link or xref to a page that does not exist"),
            new Rule(LINK_ANCHOR, Severity.ERROR, "Link to an anchor the target page does not have"),
            new Rule(LINK_ASSET, Severity.ERROR, "Link or image to an asset that does not exist"),
            new Rule(LINK_CASE, Severity.ERROR, "Link whose target exists only with a different letter case"),
            new Rule(LINK_ESCAPE, Severity.ERROR, "Relative link that leaves the project's docs folder"),
            new Rule(LINK_SCHEME, Severity.ERROR, "URL whose scheme is not allowed (javascript:, data: …); it is not written"),
            new Rule(HTML_REMOVED, Severity.WARNING, "Raw HTML of untrusted content removed by the sanitizer"),
            new Rule(XREF_PROJECT, Severity.ERROR, "xref to a project or version the site does not have"),
            new Rule(XREF_SYNTAX, Severity.ERROR, "xref that is not xref:project[@version]:path[#anchor]"),
            new Rule(ANCHOR_DUPLICATE, Severity.ERROR, "Two elements of one page with the same id"),
            new Rule(SPEC_PARSE, Severity.ERROR, "OpenAPI spec that cannot be read or is not OpenAPI 3.x"),
            new Rule(SPEC_REF, Severity.ERROR, "$ref in a spec that points nowhere or only to itself"),
            new Rule(SPEC_DUPLICATE, Severity.ERROR, "Two operations of one service with the same operationId, or one path and method twice"),
            new Rule(API_SYNTAX, Severity.ERROR, "api: reference that is not api:service[@version]:operation[#parameter]"),
            new Rule(API_SERVICE, Severity.ERROR, "api: reference to a service (project) that has no spec"),
            new Rule(API_OPERATION, Severity.ERROR, "api: reference or request line naming no operation of the spec"),
            new Rule(API_METHOD, Severity.ERROR, "API reference to a path that exists but not with that method"),
            new Rule(API_PARAMETER, Severity.ERROR, "API reference to a parameter or body property the operation does not have"),
            new Rule(API_VERSION, Severity.ERROR, "API reference into a version of the service that does not have the operation"),
            new Rule(API_DEPRECATED, Severity.WARNING, "API reference to a deprecated operation"),
            new Rule(API_PATH_NAMES, Severity.INFO, "API path written with other parameter names than the spec's"),
            new Rule(API_COVERAGE, Severity.WARNING, "Service whose operations are referenced less than minApiCoverage"),
            new Rule(NAV_BROKEN, Severity.ERROR, "Navigation entry pointing to a page that does not exist"),
            new Rule(NAV_SYNTAX, Severity.ERROR, "Navigation file that cannot be read"),
            new Rule(NAV_UNREACHABLE, Severity.WARNING, "Page reachable neither from the navigation nor by links"),
            new Rule(PARSE_MARKDOWN, Severity.ERROR, "Markdown page that could not be converted"),
            new Rule(PARSE_ASCIIDOC, Severity.ERROR, "AsciiDoc page that could not be converted, or an Asciidoctor message"),
            new Rule(PARSE_FRONT_MATTER, Severity.ERROR, "Front matter that is not a YAML mapping"),
            new Rule(INCLUDE_ESCAPE, Severity.ERROR, "AsciiDoc include outside the project's docs folder"),
            new Rule(SOURCE_READ, Severity.ERROR, "Source file that cannot be read or is not UTF-8"),
            new Rule(SOURCE_LIMIT, Severity.ERROR, "Source past a configured limit (size, nesting)"),
            new Rule(SOURCE_SKIPPED, Severity.WARNING, "Files of a docs folder or content root that are not read (info when a convention leaves them out)"),
            new Rule(OUTPUT_CONFLICT, Severity.ERROR, "Two sources written to the same URL"),
            new Rule(CONFIG_PROJECT, Severity.ERROR, "Project folder missing or project declared twice"),
            new Rule(SOURCE_GIT, Severity.ERROR, "Git source that cannot be read, or a ref pattern matching nothing"),
            new Rule(SOURCE_BUNDLE, Severity.ERROR, "Docs bundle that cannot be resolved, is not a zip, or holds unsafe entries"),
            new Rule(INVENTORY_LOAD, Severity.ERROR, "Link inventory that cannot be read"),
            new Rule(CHECK_BASELINE, Severity.ERROR, "Baseline file that cannot be read"),
            new Rule(CHECK_SINCE, Severity.ERROR, "Git reference that cannot be resolved"),
            new Rule(EXTERNAL_STATUS, Severity.ERROR, "External link answered with an error status"),
            new Rule(EXTERNAL_UNREACHABLE, Severity.ERROR, "External link that could not be fetched"),
            new Rule(EXTERNAL_PRIVATE, Severity.ERROR, "External link to a loopback, private or link-local address"));

    private static final Map<String, Rule> BY_ID = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Rule::id, Function.identity()));

    /** The rule with this id, if Docstack has one. */
    public static Optional<Rule> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    private Rules() {
    }
}
