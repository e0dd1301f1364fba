package io.docstack.link;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.docstack.model.CrossProject;
import io.docstack.source.AntoraComponent;
import io.docstack.source.AntoraId;

/**
 * What a link target written by an author means. The syntax is the same in Markdown and AsciiDoc:
 * <ul>
 *   <li>{@code https://…}, {@code mailto:…}, {@code //host/…}: external, left as written;</li>
 *   <li>{@code #anchor}: an anchor of the same page;</li>
 *   <li>{@code ../guide/install.md#prerequisites}: a page or asset of the same project version,
 *       relative to the page's folder ({@code /guide/install.md}: relative to the docs root);</li>
 *   <li>{@code xref:network:guide/ports.md#create-a-port}, {@code xref:network@2.1:…}: a page of
 *       another project (path from that project's docs root); {@code xref:guide/a.md} without a
 *       project is a page of the same project, from its docs root; {@code xref:guide:admin:setup.adoc}
 *       is a page of module {@code admin} of Antora component {@code guide}
 *       ({@code xref:guide::about.adoc} of its ROOT module). Pages of Antora components write
 *       Antora's resource ids instead ({@link #parseAntora}).</li>
 *   <li>{@code api:compute:listServers}, {@code api:compute@2.1:GET /servers/{id}#name}: an
 *       operation of a service's OpenAPI spec ({@link Api}).</li>
 * </ul>
 */
sealed interface LinkTarget {

    Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    Pattern API = Pattern.compile("^api:(" + CrossProject.NAME + "|)(?:@(" + CrossProject.VERSION + "))?:(.+)$", Pattern.DOTALL);
    Pattern API_REQUEST = Pattern.compile("(?i)(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE)\\s+(\\S+)");
    /** The families an Antora xref may name: the publishable ones. */
    java.util.Set<String> XREF_FAMILIES = java.util.Set.of("page", "attachment", "image");
    Pattern XREF = Pattern.compile("^xref:(?:(" + CrossProject.NAME + ")(?:@(" + CrossProject.VERSION + "))?:)?([^#?]*)(?:\\?[^#]*)?(?:#(.*))?$");

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

        /** The project it names as written ({@code network@1.9}); only for a target that names one. */
        CrossProject named() {
            return new CrossProject(project, version);
        }
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
        String path = m.matches() ? m.group(3) : "";
        int colon = path.indexOf(':');
        // One ':' left in the path names a module of an Antora component: xref:comp:module:page.adoc.
        if (colon >= 0 && m.group(1) != null && path.indexOf(':', colon + 1) < 0 && colon + 1 < path.length()) {
            String module = path.substring(0, colon);
            path = AntoraComponent.sitePath(module.isEmpty() ? AntoraComponent.ROOT : module, "pages", path.substring(colon + 1));
        } else if (!m.matches() || path.isEmpty() || colon >= 0) {
            // A ':' left in the path means a project part that is not a project name ("xref:Net:a.md").
            return new Invalid("'" + target + "' is not of the form xref:project[@version]:path[#anchor]");
        }
        return new InSite(m.group(1), m.group(2), decode(path.startsWith("/") ? path.substring(1) : path), true, "",
                m.group(4) == null ? null : decode(m.group(4)));
    }

    /**
     * A target written in a page of an Antora component, whose xrefs are Antora resource ids:
     * {@code xref:page.adoc} is a page of the same module, from its pages folder;
     * {@code xref:./page.adoc} one beside this page; {@code xref:module:page.adoc} a page of
     * another module; {@code xref:component:module:page.adoc} ({@code component::page.adoc} for
     * its ROOT module) a page of another component, and {@code version@} in front picks its
     * version; {@code attachment$file.zip} and {@code image$a.png} name an attachment or image
     * instead, published under {@code _attachments/} and {@code _images/} of the module. Other targets mean what they mean anywhere.
     *
     * @param component the component of the page the target is written in
     * @param module    the page's module
     */
    static LinkTarget parseAntora(String target, String component, String module) {
        String trimmed = target.strip();
        if (!trimmed.startsWith("xref:")) {
            return parse(trimmed);
        }
        String body = trimmed.substring("xref:".length());
        if (body.startsWith("#") || body.isEmpty()) {
            return body.length() > 1 ? new SamePage(decode(body.substring(1))) : new Invalid("empty xref");
        }
        Optional<AntoraId> parsed = AntoraId.parse(body);
        if (parsed.isEmpty() || parsed.get().family() != null && !XREF_FAMILIES.contains(parsed.get().family())) {
            return new Invalid("'" + target + "' is not of the form xref:[version@][component:][module:][family$]page.adoc[#id]"
                    + " (family: page, attachment or image)");
        }
        AntoraId id = parsed.get();
        String family = id.family() == null ? "pages" : id.family() + "s";
        String anchor = id.fragment() == null ? null : decode(id.fragment());
        String other = id.component() != null ? id.component() : id.version() != null ? component : null;
        if (id.relative().isEmpty()) {
            // xref:component::[] names a component version by itself: its start page.
            return new InSite(other, id.version(), "", true, "", anchor);
        }
        if (other == null && id.module() == null && id.family() == null && id.relative().startsWith("./")) {
            return new InSite(null, null, decode(id.relative().substring(2)), false, "", anchor);
        }
        return new InSite(other, id.version(), decode(AntoraComponent.sitePath(id.moduleOr(module), family, id.relative())), true, "", anchor);
    }

    /**
     * An image target of a page of an Antora component written as a resource id of another module
     * or component ({@code refguide:applib:diagrams/a.png}, {@code admin:b.png}, {@code 2.0@guide:ROOT:c.png}),
     * as the image in that module's images folder; empty when the target has no such form.
     */
    static Optional<InSite> antoraImage(String target, String component, String module) {
        String trimmed = target.strip();
        if (trimmed.indexOf(':') < 0 || trimmed.contains("//")) {
            return Optional.empty();
        }
        Optional<AntoraId> parsed = AntoraId.parse(trimmed);
        if (parsed.isEmpty() || parsed.get().module() == null || parsed.get().relative().isEmpty()
                || parsed.get().family() != null && !parsed.get().family().equals("image")) {
            return Optional.empty();
        }
        AntoraId id = parsed.get();
        String other = id.component() != null ? id.component() : id.version() != null ? component : null;
        String in = id.module().isEmpty() ? AntoraComponent.ROOT : id.module();
        return Optional.of(new InSite(other, id.version(), decode(AntoraComponent.sitePath(in, "images", id.relative())),
                true, "", null));
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
