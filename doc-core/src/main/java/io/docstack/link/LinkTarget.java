package io.docstack.link;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a link target written by an author means. The syntax is the same in Markdown and AsciiDoc:
 * <ul>
 *   <li>{@code https://…}, {@code mailto:…}, {@code //host/…}: external, left as written;</li>
 *   <li>{@code #anchor}: an anchor of the same page;</li>
 *   <li>{@code ../guide/install.md#prerequisites}: a page or asset of the same project version,
 *       relative to the page's folder ({@code /guide/install.md}: relative to the docs root);</li>
 *   <li>{@code xref:network:guide/ports.md#create-a-port}, {@code xref:network@2.1:…}: a page of
 *       another project (path from that project's docs root); {@code xref:guide/a.md} without a
 *       project is a page of the same project, from its docs root.</li>
 *   <li>{@code api:compute:listServers}, {@code api:compute@2.1:GET /servers/{id}#name}: an
 *       operation of a service's OpenAPI spec ({@link Api}).</li>
 * </ul>
 */
sealed interface LinkTarget {

    Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    Pattern API = Pattern.compile("^api:([a-z0-9][a-z0-9._-]*|)(?:@([A-Za-z0-9][A-Za-z0-9._-]*))?:(.+)$", Pattern.DOTALL);
    Pattern API_REQUEST = Pattern.compile("(?i)(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE)\\s+(\\S+)");
    Pattern XREF = Pattern.compile("^xref:(?:([a-z0-9][a-z0-9._-]*)(?:@([A-Za-z0-9][A-Za-z0-9._-]*))?:)?([^#?]*)(?:\\?[^#]*)?(?:#(.*))?$");

    /** A URL outside the site. */
    record External(String url) implements LinkTarget {
    }

    /** An anchor on the same page. */
    record SamePage(String anchor) implements LinkTarget {
    }

    /**
     * A path in a project version.
     *
     * @param project  project name, or null for the current project
     * @param version  version, or null for the default (see {@code Catalog.project(name, version)})
     * @param path     the path as written, without query or anchor
     * @param fromRoot true when {@code path} is relative to the docs root rather than the page's folder
     * @param query    query string with '?', or ""
     * @param anchor   anchor without '#', or null
     */
    record InSite(String project, String version, String path, boolean fromRoot, String query, String anchor)
            implements LinkTarget {
    }

    /**
     * An operation of a service's spec, by operationId or by method and path.
     *
     * @param service     project name; empty for a request line of a block that names no service
     *                    (the page's own project is meant)
     * @param version     project version, or null for the default
     * @param operationId the operationId, or null when {@code method} and {@code path} are given
     * @param method      upper case method, or null
     * @param path        the path or URL as written, or null
     * @param parameter   a parameter or request-body property name after {@code #}, or null
     */
    record Api(String service, String version, String operationId, String method, String path, String parameter)
            implements LinkTarget {

        /** How the operation was written, for messages: {@code listServers} or {@code GET /servers}. */
        String operation() {
            return operationId != null ? operationId : method + " " + path;
        }
    }

    /** A target that cannot be understood. */
    record Invalid(String reason) implements LinkTarget {
    }

    static LinkTarget parse(String target) {
        String trimmed = target.strip();
        if (trimmed.isEmpty()) {
            return new Invalid("empty link target");
        }
        if (trimmed.startsWith("#")) {
            return new SamePage(decode(trimmed.substring(1)));
        }
        if (trimmed.startsWith("xref:")) {
            return xref(trimmed);
        }
        if (trimmed.startsWith("api:")) {
            return api(trimmed);
        }
        // "www.example.com" is what Markdown autolinks make of a bare host name: a web address,
        // which browsers would resolve as a relative path without a scheme (GitHub adds http://).
        if (trimmed.regionMatches(true, 0, "www.", 0, 4)) {
            return new External("http://" + trimmed);
        }
        if (trimmed.startsWith("//") || SCHEME.matcher(trimmed).find()) {
            return new External(trimmed);
        }
        return relative(trimmed);
    }

    private static LinkTarget xref(String target) {
        Matcher m = XREF.matcher(target);
        // A ':' left in the path means a project part that is not a project name ("xref:Net:a.md").
        if (!m.matches() || m.group(3).isEmpty() || m.group(3).indexOf(':') >= 0) {
            return new Invalid("'" + target + "' is not of the form xref:project[@version]:path[#anchor]");
        }
        String path = m.group(3);
        return new InSite(m.group(1), m.group(2), decode(path.startsWith("/") ? path.substring(1) : path), true, "",
                m.group(4) == null ? null : decode(m.group(4)));
    }

    private static LinkTarget api(String target) {
        Matcher m = API.matcher(target);
        if (!m.matches()) {
            return new Invalid("'" + target + "' is not of the form api:service[@version]:operation[#parameter]");
        }
        String operation = decode(m.group(3)).strip();
        String parameter = null;
        int hash = operation.lastIndexOf('#');
        if (hash >= 0) {
            parameter = operation.substring(hash + 1);
            operation = operation.substring(0, hash).strip();
            if (parameter.isEmpty()) {
                return new Invalid("'" + target + "' has an empty parameter name after '#'");
            }
        }
        Matcher request = API_REQUEST.matcher(operation);
        if (request.matches()) {
            return new Api(m.group(1), m.group(2), null, request.group(1).toUpperCase(java.util.Locale.ROOT),
                    request.group(2), parameter);
        }
        if (operation.isEmpty() || operation.chars().anyMatch(Character::isWhitespace)) {
            return new Invalid("'" + operation + "' in '" + target + "' is neither an operationId nor METHOD /path");
        }
        return new Api(m.group(1), m.group(2), operation, null, null, parameter);
    }

    private static LinkTarget relative(String target) {
        String rest = target;
        String anchor = null;
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            anchor = decode(rest.substring(hash + 1));
            rest = rest.substring(0, hash);
        }
        String query = "";
        int question = rest.indexOf('?');
        if (question >= 0) {
            query = rest.substring(question);
            rest = rest.substring(0, question);
        }
        boolean fromRoot = rest.startsWith("/");
        return new InSite(null, null, decode(fromRoot ? rest.substring(1) : rest), fromRoot, query, anchor);
    }

    /** Percent-decodes a path or anchor; malformed escapes are kept as written. */
    private static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        try {
            return java.net.URLDecoder.decode(text.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
