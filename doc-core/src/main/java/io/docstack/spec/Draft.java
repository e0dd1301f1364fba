package io.docstack.spec;

import java.util.List;
import java.util.Map;

import io.docstack.model.SitePath;

/**
 * An operation as read from one file, before the service it joins gives it an anchor and a page
 * (both must be unique across all the service's files). Fields as in {@link Operation}.
 */
record Draft(String method, String path, String operationId, String summary, String description, List<String> tags,
             boolean deprecated, List<Operation.Parameter> parameters, Operation.Body requestBody,
             List<Operation.Response> responses, Map<String, Object> extensions, SpecPosition source) {

    Operation place(String anchor, SitePath page) {
        return new Operation(method, path, operationId, summary, description, tags, deprecated, parameters,
                requestBody, responses, extensions, anchor, page, source);
    }

    /** {@code GET /servers/{id}}. */
    String signature() {
        return method + " " + path;
    }
}
