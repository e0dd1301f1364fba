package io.docstack.spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.docstack.config.ProjectConfig;
import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;
import io.docstack.model.SitePath;

/**
 * Merges the spec files of one project version into its {@link ServiceSpec}: operations
 * concatenated, tags merged by name, anchors and tag pages made unique across files, and
 * operations that repeat an operationId or a method and path reported. Not thread-safe.
 */
final class ServiceAssembler {

    private ServiceAssembler() {
    }

    static ServiceSpec assemble(ProjectConfig project, List<SpecReader.ReadSpec> specs, Problems problems) {
        SpecReader.ReadSpec first = specs.get(0);
        Map<String, String> tagDescriptions = new LinkedHashMap<>();
        specs.forEach(spec -> spec.tags().forEach(tag -> tagDescriptions.merge(tag.name(), nullToEmpty(tag.description()),
                (old, added) -> old.isEmpty() ? added : old)));
        List<Draft> drafts = new ArrayList<>();
        specs.forEach(spec -> drafts.addAll(spec.operations()));
        reportDuplicates(drafts, problems);
        for (Draft draft : drafts) {
            (draft.tags().isEmpty() ? List.of(ServiceSpec.Tag.UNTAGGED) : draft.tags())
                    .forEach(tag -> tagDescriptions.putIfAbsent(tag, ""));
        }

        Map<String, SitePath> pages = new HashMap<>();
        Set<String> slugs = new HashSet<>(Set.of("index")); // api/index.html is the service overview
        List<ServiceSpec.Tag> tags = new ArrayList<>();
        tagDescriptions.forEach((name, description) -> {
            String base = Slugs.urlSafe(name.toLowerCase(Locale.ROOT));
            SitePath page = SitePath.of(ServiceSpec.PAGES_FOLDER + "/" + Slugs.unique(base.isEmpty() ? "tag" : base, slugs) + ".html");
            pages.put(name, page);
            tags.add(new ServiceSpec.Tag(name, description.isEmpty() ? null : description, page));
        });

        Set<String> anchors = new HashSet<>();
        List<Operation> operations = new ArrayList<>(drafts.size());
        for (Draft draft : drafts) {
            String id = draft.operationId() == null ? "" : Slugs.urlSafe(draft.operationId());
            String base = id.isEmpty() ? Slugs.urlSafe(draft.method().toLowerCase(Locale.ROOT) + "-" + draft.path()) : id;
            operations.add(draft.place(Slugs.unique(base, anchors), pages.get(firstTag(draft))));
        }
        Node.MapNode info = first.info();
        String title = info != null && info.text("title") != null ? info.text("title") : project.name();
        return new ServiceSpec(project.id(), title, info == null ? null : info.text("description"),
                info == null ? null : info.text("version"), specs.stream().map(SpecReader.ReadSpec::file).toList(), tags, operations,
                specs.stream().flatMap(spec -> spec.servers().stream()).distinct().toList());
    }

    private static String firstTag(Draft draft) {
        return draft.tags().isEmpty() ? ServiceSpec.Tag.UNTAGGED : draft.tags().get(0);
    }

    private static void reportDuplicates(List<Draft> drafts, Problems problems) {
        Map<String, Draft> byId = new HashMap<>();
        Map<String, Draft> bySignature = new HashMap<>();
        for (Draft draft : drafts) {
            Draft sameId = draft.operationId() == null ? null : byId.putIfAbsent(draft.operationId(), draft);
            if (sameId != null) {
                report(problems, draft, "operationId '" + draft.operationId() + "' is already used by " + sameId.signature()
                        + " at " + where(sameId), "operationIds must be unique within a service: rename one");
            }
            Draft sameSignature = bySignature.putIfAbsent(draft.signature(), draft);
            if (sameSignature != null) {
                report(problems, draft, draft.signature() + " is already defined at " + where(sameSignature),
                        "keep one definition; references use the first");
            }
        }
    }

    private static void report(Problems problems, Draft draft, String message, String hint) {
        SpecPosition at = draft.source();
        problems.add(Diagnostic.error(Rules.SPEC_DUPLICATE, at.displayPath(), at.line(), at.column(), message, hint));
    }

    private static String where(Draft draft) {
        return draft.source().displayPath() + ":" + draft.source().line();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
