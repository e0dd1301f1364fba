package io.docstack.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.docstack.config.ProjectConfig;
import io.docstack.link.ApiCoverage;
import io.docstack.model.ProjectVersion;
import io.docstack.model.SitePath;
import io.docstack.spec.Operation;
import io.docstack.spec.ServiceSpec;

/** The template model of the API coverage page. Stateless. */
final class ApiCoveragePage {

    private ApiCoveragePage() {
    }

    /** One entry per service, with URLs relative to {@code at}. */
    static List<Map<String, Object>> services(ApiCoverage coverage, Map<ProjectVersion, ProjectConfig> projects,
                                              SitePath at) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (ApiCoverage.Service service : coverage.services()) {
            ProjectConfig project = projects.get(service.project());
            Map<String, Object> model = new HashMap<>();
            model.put("name", service.project().name());
            model.put("title", project == null ? service.spec().title() : project.title());
            model.put("version", service.project().version());
            model.put("referenced", service.referenced().size());
            model.put("total", service.total());
            model.put("percent", ApiCoverage.percent(service.percent()));
            model.put("below", coverage.minimum() > 0 && service.percent() < coverage.minimum());
            model.put("referenceUrl", ServiceSpec.indexPage().under(service.project().sitePrefix()).relativeFrom(at));
            List<Map<String, Object>> missing = new ArrayList<>();
            for (Operation operation : service.unreferenced()) {
                missing.add(Map.of("name", operation.operationId() == null ? "" : operation.operationId(),
                        "method", operation.method(), "path", operation.path(),
                        "url", operation.page().under(service.project().sitePrefix()).relativeFrom(at) + "#" + operation.anchor()));
            }
            model.put("undocumented", missing);
            list.add(model);
        }
        return list;
    }
}
