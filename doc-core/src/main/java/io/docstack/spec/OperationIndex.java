package io.docstack.spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the operations of one {@link ServiceSpec} that references name: by operationId, or by
 * method and path as a reader writes it.
 *
 * <p>A written path matches a spec path template segment by segment, as a router matches a
 * request: a literal must be equal, a spec parameter ({@code {id}}) takes any segment, written as a
 * parameter ({@code {server_id}}) or as a value ({@code 9168b536}, {@code iris_data},
 * {@code disable}). Of the templates that match with the written method, the one with the most
 * literal segments wins ({@code /servers/detail} is not {@code /servers/{id}}); when none has the
 * method, the most literal path is reported with the methods it has. Query strings, fragments, a
 * trailing slash and a scheme and host are
 * ignored. When nothing matches as written, both sides are compared without a leading version
 * segment ({@code /v2.1}, {@code /v2.0}, {@code /v3}; only within one major version), then also
 * without a {@code {project_id}}, {@code {admin_project_id}} or {@code {tenant_id}} segment after
 * it: API guides write paths relative to the endpoint from the service catalog while specs may
 * include that base (and the other way round). Immutable and thread-safe.
 */
public final class OperationIndex {

    private static final Pattern VERSION = Pattern.compile("v\\d+(?:\\.\\d+)*");

    private final ServiceSpec service;
    private final Map<String, Operation> byId = new HashMap<>();
    private final List<Route> routes = new ArrayList<>();

    /** One operation's path, split for matching. */
    private record Route(Operation operation, List<String> segments, List<String> unversioned, List<String> bare,
                         String major) {
    }

    public OperationIndex(ServiceSpec service) {
        this.service = service;
        for (Operation operation : service.operations()) {
            if (operation.operationId() != null) {
                byId.putIfAbsent(operation.operationId(), operation);
            }
            List<String> segments = segments(operation.path());
            routes.add(new Route(operation, segments, unversioned(segments), bare(segments), major(segments)));
        }
    }

    public ServiceSpec service() {
        return service;
    }

    /**
     * The path a request written in a guide asks of this API ({@link ServerUrls}): the path itself,
     * a URL's path relative to the spec's server, or empty when the URL is for another host.
     */
    public Optional<String> apiPath(String written) {
        return ServerUrls.apiPath(service.servers(), written);
    }

    /** The operation with this operationId. */
    public Optional<Operation> byId(String operationId) {
        return Optional.ofNullable(byId.get(operationId));
    }

    /** The operationId nearest to one that is not in the spec, for a did-you-mean hint, or null. */
    public String nearestId(String operationId) {
        String lower = operationId.toLowerCase(Locale.ROOT);
        for (String id : byId.keySet()) {
            if (id.toLowerCase(Locale.ROOT).equals(lower)) {
                return id;
            }
        }
        return io.docstack.model.Suggestions.nearest(operationId, byId.keySet());
    }

    /** What a written method and path name in this spec. */
    public sealed interface Lookup {
    }

    /**
     * The operation meant.
     *
     * @param renamed the path parameters written with other names than the spec's, as
     *                {@code written → spec} pairs; empty when the names agree or values were written
     */
    public record Found(Operation operation, Map<String, String> renamed) implements Lookup {
        public Found {
            renamed = Map.copyOf(renamed);
        }
    }

    /** The path exists, but not with the method written; {@code methods} are those it has. */
    public record WrongMethod(String path, List<String> methods) implements Lookup {
        public WrongMethod {
            methods = List.copyOf(methods);
        }
    }

    /** No path of the spec matches; {@code nearest} is the most similar path template, or null. */
    public record NotFound(String nearest) implements Lookup {
    }

    /** Looks up a method (any case) and a written path or URL. */
    public Lookup find(String method, String written) {
        String wanted = method.toUpperCase(Locale.ROOT);
        String path = written.strip();
        if (!path.startsWith("/") && !path.contains("://")) {
            return new NotFound(nearestPath(written));
        }
        List<String> segments = segments(path);
        List<Candidate> matches = candidates(segments, Route::segments, null);
        if (matches.isEmpty()) {
            matches = candidates(unversioned(segments), Route::unversioned, major(segments));
        }
        if (matches.isEmpty()) {
            matches = candidates(bare(segments), Route::bare, major(segments));
        }
        if (matches.isEmpty()) {
            return new NotFound(nearestPath(written));
        }
        Candidate best = null;
        Candidate mostLiteral = null;
        for (Candidate candidate : matches) {
            if (mostLiteral == null || candidate.literals() > mostLiteral.literals()) {
                mostLiteral = candidate;
            }
            if (candidate.route().operation().method().equals(wanted)
                    && (best == null || candidate.literals() > best.literals())) {
                best = candidate;
            }
        }
        if (best == null) {
            Set<String> methods = new LinkedHashSet<>();
            for (Candidate candidate : matches) {
                if (candidate.literals() == mostLiteral.literals()) {
                    methods.add(candidate.route().operation().method());
                }
            }
            return new WrongMethod(mostLiteral.route().operation().path(), List.copyOf(methods));
        }
        return new Found(best.route().operation(), best.renamed());
    }

    private record Candidate(Route route, int literals, Map<String, String> renamed) {
    }

    /**
     * Every route whose {@code form} the segments match: the caller picks the most literal one
     * with the written method, as a router does. {@code major} is null to compare whole paths, else the written path's major version (or "")
     * to compare only routes whose major version agrees ({@code /v2.0/x} is not {@code /v3/x}).
     */
    private List<Candidate> candidates(List<String> segments, java.util.function.Function<Route, List<String>> form,
                                       String major) {
        List<Candidate> found = new ArrayList<>();
        for (Route route : routes) {
            if (major != null && !major.isEmpty() && !route.major().isEmpty() && !major.equals(route.major())) {
                continue;
            }
            Candidate candidate = match(route, form.apply(route), segments);
            if (candidate != null) {
                found.add(candidate);
            }
        }
        return found;
    }

    private static Candidate match(Route route, List<String> spec, List<String> written) {
        if (spec.size() != written.size()) {
            return null;
        }
        int literals = 0;
        Map<String, String> renamed = new java.util.LinkedHashMap<>();
        for (int i = 0; i < spec.size(); i++) {
            String expected = spec.get(i);
            String actual = written.get(i);
            if (isParameter(expected)) {
                if (isParameter(actual) && !actual.equals(expected)) {
                    renamed.put(actual, expected);
                }
            } else if (expected.indexOf('{') >= 0) {
                if (!templateMatches(expected, actual)) {
                    return null;
                }
            } else if (expected.equals(actual)) {
                literals++;
            } else {
                return null;
            }
        }
        return new Candidate(route, literals, renamed);
    }

    /** A segment mixing text and parameters ({@code {name}.json}) against a written one. */
    private static boolean templateMatches(String template, String actual) {
        if (template.equals(actual)) {
            return true;
        }
        String regex = Pattern.quote(template).replaceAll("\\{[^}/]*}", "\\\\E[^/]+\\\\Q");
        return actual.matches(regex) || actual.replaceAll("\\{[^}/]*}", "x").matches(regex);
    }

    private static boolean isParameter(String segment) {
        return segment.length() > 2 && segment.charAt(0) == '{' && segment.indexOf('}') == segment.length() - 1;
    }

    /** Path segments without scheme, host, query, fragment and empty segments. */
    static List<String> segments(String written) {
        String path = written.strip();
        int scheme = path.indexOf("://");
        if (scheme > 0 && scheme < 10) {
            int slash = path.indexOf('/', scheme + 3);
            path = slash < 0 ? "/" : path.substring(slash);
        }
        int cut = indexOfAny(path, '?', '#');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        return segments;
    }

    /** The major version a path starts with ({@code v2} for {@code /v2.1/…}), or "" when it has none. */
    private static String major(List<String> segments) {
        if (segments.isEmpty() || !VERSION.matcher(segments.get(0)).matches()) {
            return "";
        }
        String version = segments.get(0);
        int dot = version.indexOf('.');
        return dot < 0 ? version : version.substring(0, dot);
    }

    /** {@code {project_id}}, {@code {admin_project_id}}, {@code {tenant_id}}: the project an endpoint URL carries. */
    private static boolean isProjectParameter(String segment) {
        if (!isParameter(segment)) {
            return false;
        }
        String name = segment.substring(1, segment.length() - 1).toLowerCase(Locale.ROOT).replace("_", "");
        return name.endsWith("projectid") || name.endsWith("tenantid");
    }

    /** The segments after a leading version segment. */
    private static List<String> unversioned(List<String> segments) {
        return !segments.isEmpty() && VERSION.matcher(segments.get(0)).matches() ? segments.subList(1, segments.size())
                : segments;
    }

    /** The segments after a leading version segment and a project parameter following it. */
    private static List<String> bare(List<String> segments) {
        List<String> rest = unversioned(segments);
        return !rest.isEmpty() && isProjectParameter(rest.get(0)) ? rest.subList(1, rest.size()) : rest;
    }

    private static int indexOfAny(String text, char a, char b) {
        int first = text.indexOf(a);
        int second = text.indexOf(b);
        return first < 0 ? second : second < 0 ? first : Math.min(first, second);
    }

    /** The path template most like a written path, parameter names aside, or null. */
    private String nearestPath(String written) {
        Map<String, String> templates = new java.util.LinkedHashMap<>();
        Map<String, String> bareTemplates = new java.util.LinkedHashMap<>();
        for (Route route : routes) {
            templates.putIfAbsent(shape(route.segments()), route.operation().path());
            bareTemplates.putIfAbsent(shape(route.bare()), route.operation().path());
        }
        List<String> segments = segments(written);
        String near = io.docstack.model.Suggestions.nearest(shape(segments), templates.keySet());
        if (near != null) {
            return templates.get(near);
        }
        near = io.docstack.model.Suggestions.nearest(shape(bare(segments)), bareTemplates.keySet());
        return near == null ? null : bareTemplates.get(near);
    }

    /** A path with every parameter written {@code {}}, so that names do not count as differences. */
    private static String shape(List<String> segments) {
        StringBuilder out = new StringBuilder();
        for (String segment : segments) {
            out.append('/').append(segment.replaceAll("\\{[^}/]*}", "{}"));
        }
        return out.length() == 0 ? "/" : out.toString();
    }
}
