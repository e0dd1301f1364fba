package io.docstack.spec;

import static io.docstack.spec.ReferenceHtml.escape;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.docstack.model.SitePath;

/** Markup shared by the index and the tag pages: method badges, paths, links to operations. Stateless. */
final class Endpoint {

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{[^{}/]*}");

    private Endpoint() {
    }

    /** {@code <span class="api-method api-method-get">GET</span>}; the class keeps only ASCII letters. */
    static String methodBadge(String method) {
        String kind = method.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return "<span class=\"api-method api-method-" + kind + "\">" + escape(method) + "</span>";
    }

    /** The path template in {@code <code>}, each {@code {parameter}} in a marked span. */
    static String path(String path) {
        StringBuilder html = new StringBuilder("<code class=\"api-path\">");
        Matcher parameters = PATH_PARAMETER.matcher(path);
        int from = 0;
        while (parameters.find()) {
            html.append(escape(path.substring(from, parameters.start())))
                    .append("<span class=\"api-path-param\">").append(escape(parameters.group())).append("</span>");
            from = parameters.end();
        }
        return html.append(escape(path.substring(from))).append("</code>").toString();
    }

    /** Badge and path of an operation, as one line of markup. */
    static String signature(Operation operation) {
        return methodBadge(operation.method()) + " " + path(operation.path());
    }

    /** The escaped {@code href} value from page {@code from} to the section of {@code operation}. */
    static String href(SitePath from, Operation operation) {
        String fragment = URLEncoder.encode(operation.anchor(), StandardCharsets.UTF_8).replace("+", "%20");
        String page = operation.page().equals(from) ? "" : operation.page().relativeFrom(from);
        return escape(page + "#" + fragment);
    }

    /** The status badge of a response: {@code api-status-2xx} … {@code api-status-5xx}, or {@code api-status-default}. */
    static String statusBadge(String status) {
        String text = status == null ? "" : status;
        char first = text.isEmpty() ? 'd' : text.charAt(0);
        String kind = first >= '1' && first <= '5' ? first + "xx" : "default";
        return "<span class=\"api-status api-status-" + kind + "\">" + escape(text) + "</span>";
    }

    /** The "deprecated" label. */
    static String deprecatedLabel() {
        return "<span class=\"api-label api-label-deprecated\">deprecated</span>";
    }
}
