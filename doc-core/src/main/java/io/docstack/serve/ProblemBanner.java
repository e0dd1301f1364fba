package io.docstack.serve;

import java.util.List;

/**
 * The preview's banner of a page's problems: fixed at the bottom of the page, one line per problem
 * ({@code file:line:col: severity [rule] message}), dismissed with its button. Styled inline, so
 * that it needs nothing from the theme; its text is HTML-escaped. Stateless.
 */
final class ProblemBanner {

    /** Shown at most; the rest are counted. */
    static final int MAX_LINES = 20;

    private ProblemBanner() {
    }

    /** The banner for {@code problems}, or "" when there are none. */
    static String html(List<String> problems) {
        if (problems.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<div id=\"docstack-problems\" role=\"alert\" style=\"position:fixed;left:0;right:0;"
                + "bottom:0;z-index:1000;max-height:40vh;overflow:auto;margin:0;padding:.75rem 3rem .75rem 1rem;"
                + "font:13px/1.5 ui-monospace,monospace;background:#3b0d0c;color:#fde8e7;border-top:3px solid #e5484d\">"
                + "<button type=\"button\" aria-label=\"Dismiss\" onclick=\"this.parentNode.remove()\" style=\"position:absolute;"
                + "top:.5rem;right:.75rem;font:inherit;font-size:18px;background:none;border:0;color:inherit;cursor:pointer\">×</button>"
                + "<strong>Docstack: ");
        html.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems").append(" in this page's source</strong>"
                + "<ul style=\"margin:.25rem 0 0;padding-left:1.25rem\">");
        problems.stream().limit(MAX_LINES).forEach(line -> html.append("<li>").append(escape(line)).append("</li>"));
        if (problems.size() > MAX_LINES) {
            html.append("<li>… and ").append(problems.size() - MAX_LINES).append(" more</li>");
        }
        return html.append("</ul></div>").toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
