package io.docstack.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.docstack.model.CrossProject;
import io.docstack.model.Diagnostic;
import io.docstack.model.Link;
import io.docstack.model.PageRef;
import io.docstack.model.ProjectVersion;
import io.docstack.model.Rules;
import io.docstack.model.Severity;
import io.docstack.model.Suggestions;
import io.docstack.spec.ApiSite;
import io.docstack.spec.Operation;
import io.docstack.spec.OperationIndex;
import io.docstack.spec.ServiceSpec;

/**
 * Resolves {@code api:} references and request lines against the specs of the site: to the
 * operation's anchor on its generated reference page, or to a diagnostic saying what the spec does
 * not have, with the nearest operationId or path. A reference to a service without version means
 * the referring page's version when the service has a spec there, else the service's first version.
 * Request lines of blocks that name no service are checked only against the spec of the page's
 * own project version, when it has one; in a site without any spec, code that looks like a
 * reference is not checked either. A request to a URL is checked only when the URL is one of the
 * API's ({@link OperationIndex#apiPath}), with its path relative to the API's server. An
 * {@code api:} reference without service is malformed.
 * Services of project versions known only from link inventories are resolved the same way, from
 * the operations their inventory lists ({@link InventoryServices}).
 *
 * <p>The {@link ResolvedLink#wanted() wanted} file of a reference is the operation's reference
 * page when the operation is found, else the overview page of the service version it was looked
 * up in ({@link ServiceSpec#indexPage()}), and null when no service version has a spec: that is the
 * page a change to the spec moves or removes, and inbound references name the service by it.
 * Immutable and thread-safe.
 */
final class ApiLinks {

    /** Indexes by project version, in site order. */
    private final Map<ProjectVersion, OperationIndex> services = new LinkedHashMap<>();
    private final Set<String> projects;
    private final Set<String> inventoried;

    /**
     * @param apis        the specs of the project versions built here
     * @param other       specs of project versions known only from inventories; one of a project
     *                    version that {@code apis} has is ignored
     * @param projects    names of the projects built here
     * @param inventoried names of the projects the inventories describe
     */
    ApiLinks(ApiSite apis, List<ServiceSpec> other, Set<String> projects, Set<String> inventoried) {
        apis.services().forEach(service -> services.put(service.project(), new OperationIndex(service)));
        other.forEach(service -> services.putIfAbsent(service.project(), new OperationIndex(service)));
        this.projects = Set.copyOf(projects);
        this.inventoried = Set.copyOf(inventoried);
    }

    ResolvedLink resolve(Origin page, Link link, LinkTarget.Api target) {
        if (services.isEmpty() && link.kind() == Link.Kind.CODE) {
            return unchecked(link); // a site without specs: code that looks like a reference is just code
        }
        boolean implicit = target.service().isEmpty();
        if (implicit && link.kind() != Link.Kind.REQUEST) {
            return broken(link, null, problem(Rules.API_SYNTAX, page, link, "'" + link.target() + "' names no service",
                    "write api:service:operation; the service is the name of a project with a spec"));
        }
        String name = implicit ? page.project().name() : target.service();
        // A request line without service= is checked against the spec of the page's own version only.
        Optional<OperationIndex> service = implicit ? Optional.ofNullable(services.get(page.project()))
                : service(name, target.version(), page.project());
        if (service.isEmpty()) {
            return implicit && target.version() == null ? unchecked(link)
                    : broken(link, null, problem(Rules.API_SERVICE, page, link, noService(name, target.version()),
                    serviceHint(name)));
        }
        OperationIndex index = service.get();
        if (link.kind() == Link.Kind.REQUEST && target.path() != null) {
            // a curl to github.com in a guide of this API is a download, not a request to the API
            Optional<String> path = index.apiPath(target.path());
            if (path.isEmpty()) {
                return unchecked(link);
            }
            target = new LinkTarget.Api(target.service(), target.version(), null, target.method(), path.get(),
                    target.parameter());
        }
        Match match = operation(index, target);
        if (match.operation() == null) {
            return broken(link, new PageRef(index.service().project(), ServiceSpec.indexPage()),
                    problem(match.rule(), page, link, match.message(), match.hint()));
        }
        return found(page, link, target, index.service(), match);
    }

    /** The operation a reference names, or why there is none. */
    private record Match(Operation operation, String rule, String message, String hint) {
    }

    private Match operation(OperationIndex index, LinkTarget.Api target) {
        String where = index.service().service() + " " + index.service().project().version();
        if (target.operationId() != null) {
            Optional<Operation> byId = index.byId(target.operationId());
            if (byId.isPresent()) {
                return new Match(byId.get(), null, null, null);
            }
            String near = index.nearestId(target.operationId());
            return missing(index, target, "no operation '" + target.operationId() + "' in the spec of " + where,
                    near == null ? null : "did you mean '" + near + "'?");
        }
        OperationIndex.Lookup lookup = index.find(target.method(), target.path());
        if (lookup instanceof OperationIndex.Found found) {
            return new Match(found.operation(), renamedRule(found), renamedMessage(found), renamedHint(found));
        }
        if (lookup instanceof OperationIndex.WrongMethod wrong) {
            return new Match(null, Rules.API_METHOD, "the spec of " + where + " has no " + target.method() + " for "
                    + wrong.path(), "it has " + String.join(", ", wrong.methods()));
        }
        String nearest = ((OperationIndex.NotFound) lookup).nearest();
        return missing(index, target, "no path of the spec of " + where + " matches '" + target.path() + "'",
                nearest == null ? null : "did you mean '" + nearest + "'?");
    }

    /** Not in this version: {@code api.version} when another version of the service has it. */
    private Match missing(OperationIndex index, LinkTarget.Api target, String message, String hint) {
        List<String> others = new ArrayList<>();
        for (OperationIndex other : services.values()) {
            ProjectVersion id = other.service().project();
            if (other != index && id.name().equals(index.service().service()) && has(other, target)) {
                others.add(id.version());
            }
        }
        if (!others.isEmpty()) {
            return new Match(null, Rules.API_VERSION, "'" + target.operation() + "' is not in version "
                    + index.service().project().version() + " of " + index.service().service(),
                    "version " + String.join(", ", others) + " has it; name the version with api:"
                            + new CrossProject(index.service().service(), others.get(0)) + ":…");
        }
        return new Match(null, Rules.API_OPERATION, message, hint);
    }

    private static boolean has(OperationIndex index, LinkTarget.Api target) {
        return target.operationId() != null ? index.byId(target.operationId()).isPresent()
                : index.find(target.method(), target.path()) instanceof OperationIndex.Found;
    }

    private ResolvedLink found(Origin page, Link link, LinkTarget.Api target, ServiceSpec service, Match match) {
        Operation operation = match.operation();
        PageRef reference = new PageRef(service.project(), operation.page());
        String href = operation.page().under(service.project().sitePrefix()).relativeFrom(page.sitePath())
                + "#" + operation.anchor();
        Diagnostic problem = null;
        Set<String> fields = target.parameter() == null ? Set.of() : operation.fieldNames();
        if (target.parameter() != null && !fields.contains(target.parameter())) {
            problem = Diagnostic.error(Rules.API_PARAMETER, page.displayPath(), link.line(), link.column(),
                    operation.name() + " has no parameter or request body property '" + target.parameter() + "'",
                    Optional.ofNullable(Suggestions.didYouMean(target.parameter(), fields))
                            .orElse("it has " + abbreviate(fields)));
        } else if (operation.deprecated()) {
            problem = Diagnostic.warning(Rules.API_DEPRECATED, page.displayPath(), link.line(), link.column(),
                    operation.name() + " (" + operation.signature() + ") is deprecated",
                    "document its replacement; the spec's description may name it");
        } else if (match.rule() != null) {
            problem = new Diagnostic(Severity.INFO, match.rule(), page.displayPath(), link.line(), link.column(),
                    match.message(), match.hint());
        }
        return new ResolvedLink(link, href, reference, operation.anchor(), false, reference, problem);
    }

    private static String renamedRule(OperationIndex.Found found) {
        return found.renamed().isEmpty() ? null : Rules.API_PATH_NAMES;
    }

    private static String renamedMessage(OperationIndex.Found found) {
        return found.renamed().isEmpty() ? null : "path parameters are named differently in the spec: "
                + found.renamed().entrySet().stream().map(e -> e.getKey() + " is " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String renamedHint(OperationIndex.Found found) {
        return found.renamed().isEmpty() ? null : "the spec writes " + found.operation().signature();
    }

    private Optional<OperationIndex> service(String name, String version, ProjectVersion from) {
        if (version != null) {
            return Optional.ofNullable(services.get(new ProjectVersion(name, version)));
        }
        OperationIndex same = services.get(new ProjectVersion(name, from.version()));
        if (same != null) {
            return Optional.of(same);
        }
        String latest = io.docstack.model.Versions.latest(services.keySet().stream()
                .filter(id -> id.name().equals(name)).map(ProjectVersion::version).toList());
        return latest == null ? Optional.empty() : Optional.ofNullable(services.get(new ProjectVersion(name, latest)));
    }

    private String noService(String name, String version) {
        if (!projects.contains(name) && !inventoried.contains(name)) {
            return "no service '" + name + "': the site has no project of that name";
        }
        if (version != null && services.keySet().stream().anyMatch(id -> id.name().equals(name))) {
            return "version " + version + " of " + name + " has no OpenAPI spec";
        }
        return "project '" + name + "' has no OpenAPI spec";
    }

    private String serviceHint(String name) {
        Set<String> names = services.keySet().stream().map(ProjectVersion::name).collect(Collectors.toCollection(TreeSet::new));
        List<String> versions = services.keySet().stream().filter(id -> id.name().equals(name)).map(ProjectVersion::version).toList();
        if (!versions.isEmpty()) {
            return name + " has specs in version " + String.join(", ", versions);
        }
        if (projects.contains(name)) {
            return "add the spec to the project's src/openapi folder or name it in <specs>";
        }
        if (inventoried.contains(name)) {
            return "its link inventory lists no operations: the project has no spec, or its inventory was written"
                    + " by a Docstack that did not record them";
        }
        String near = Suggestions.nearest(name, names);
        return near != null ? "did you mean '" + near + "'?"
                : names.isEmpty() ? "no project of the site has a spec" : "services with specs: " + String.join(", ", names);
    }

    private static String abbreviate(Set<String> names) {
        List<String> list = new ArrayList<>(names);
        return list.isEmpty() ? "none" : list.size() <= 8 ? String.join(", ", list)
                : String.join(", ", list.subList(0, 8)) + " and " + (list.size() - 8) + " more";
    }

    private static Diagnostic problem(String rule, Origin page, Link link, String message, String hint) {
        return Diagnostic.error(rule, page.displayPath(), link.line(), link.column(), message, hint);
    }

    /** Nothing to check against (no spec): the reference stays as written, like an unknown URL scheme. */
    private static ResolvedLink unchecked(Link link) {
        return new ResolvedLink(link, link.target(), null, null, false, null, null);
    }

    private static ResolvedLink broken(Link link, PageRef wanted, Diagnostic problem) {
        return new ResolvedLink(link, link.target(), null, null, true, wanted, problem);
    }
}
