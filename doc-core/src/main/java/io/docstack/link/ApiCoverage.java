package io.docstack.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.docstack.model.Diagnostic;
import io.docstack.model.PageRef;
import io.docstack.model.ProjectVersion;
import io.docstack.model.Rules;
import io.docstack.spec.ApiSite;
import io.docstack.spec.Operation;
import io.docstack.spec.ServiceSpec;

/**
 * Which operations of each service the pages reference: an operation counts as documented when
 * at least one page links to it or mentions it ({@code api:} link, code or request line, or a
 * plain link to its anchor on the reference page), from any project. Immutable.
 *
 * @param services    one entry per service and version, in site order
 * @param minimum     the configured {@code minApiCoverage} percentage (0: off)
 * @param diagnostics an {@code api.coverage} warning per service below {@code minimum}
 */
public record ApiCoverage(List<Service> services, double minimum, List<Diagnostic> diagnostics) {

    public ApiCoverage {
        services = List.copyOf(services);
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * The coverage of one service version.
     *
     * @param referenced   operations some page references, in spec order
     * @param unreferenced the others, in spec order
     */
    public record Service(ServiceSpec spec, List<Operation> referenced, List<Operation> unreferenced) {
        public Service {
            Objects.requireNonNull(spec, "spec");
            referenced = List.copyOf(referenced);
            unreferenced = List.copyOf(unreferenced);
        }

        public ProjectVersion project() {
            return spec.project();
        }

        public int total() {
            return referenced.size() + unreferenced.size();
        }

        /** Share of operations referenced, 0–100; a service without operations is fully covered. */
        public double percent() {
            return total() == 0 ? 100.0 : 100.0 * referenced.size() / total();
        }
    }

    /** Computes the coverage of every service of {@code apis} from the resolved links. */
    public static ApiCoverage of(ApiSite apis, LinkGraph links, double minimum) {
        Set<String> reached = new HashSet<>();
        // Only links into a project with a spec can reach an operation.
        Set<io.docstack.model.ProjectVersion> withSpecs = new HashSet<>();
        apis.services().forEach(spec -> withSpecs.add(spec.project()));
        links.links().values().forEach(list -> list.forEach(link -> {
            if (!link.broken() && link.target() != null && link.anchor() != null
                    && withSpecs.contains(link.target().project())) {
                reached.add(key(link.target(), link.anchor()));
            }
        }));
        List<Service> services = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (ServiceSpec spec : apis.services()) {
            List<Operation> referenced = new ArrayList<>();
            List<Operation> unreferenced = new ArrayList<>();
            for (Operation operation : spec.operations()) {
                boolean hit = reached.contains(key(new PageRef(spec.project(), operation.page()), operation.anchor()));
                (hit ? referenced : unreferenced).add(operation);
            }
            Service service = new Service(spec, referenced, unreferenced);
            services.add(service);
            if (minimum > 0 && service.percent() < minimum) {
                diagnostics.add(belowMinimum(service, minimum));
            }
        }
        return new ApiCoverage(services, minimum, diagnostics);
    }

    private static String key(PageRef page, String anchor) {
        return page.project() + "\n" + page.source() + "#" + anchor;
    }

    private static Diagnostic belowMinimum(Service service, double minimum) {
        ServiceSpec spec = service.spec();
        String file = spec.files().isEmpty() ? spec.service() : spec.files().get(0).displayPath();
        List<String> missing = service.unreferenced().stream().map(Operation::name).toList();
        String listed = missing.size() <= 5 ? String.join(", ", missing)
                : String.join(", ", missing.subList(0, 5)) + " and " + (missing.size() - 5) + " more";
        return Diagnostic.warning(Rules.API_COVERAGE, file, 1, 1,
                String.format(Locale.ROOT, "%s %s: %d of %d operations (%.1f%%) are referenced by a page, below minApiCoverage %s%%",
                        spec.service(), spec.project().version(), service.referenced().size(), service.total(),
                        service.percent(), percent(minimum)),
                "document " + listed + "; api-coverage.html lists them all");
    }

    /** A percentage without a needless ".0". */
    public static String percent(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /**
     * The coverage as JSON: per service, counts, percentage and the undocumented operations with
     * the site path of their reference anchor.
     */
    public String toJson() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Service service : services) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("service", service.spec().service());
            entry.put("version", service.project().version());
            entry.put("operations", service.total());
            entry.put("referenced", service.referenced().size());
            entry.put("percent", Math.round(service.percent() * 10) / 10.0);
            entry.put("undocumented", service.unreferenced().stream().map(op -> operation(service, op)).toList());
            list.add(entry);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("minApiCoverage", minimum);
        root.put("services", list);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("coverage cannot be written as JSON", e);
        }
    }

    private static Map<String, Object> operation(Service service, Operation operation) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("operationId", operation.operationId());
        entry.put("method", operation.method());
        entry.put("path", operation.path());
        entry.put("url", operation.page().under(service.project().sitePrefix()).value() + "#" + operation.anchor());
        return entry;
    }
}
