package io.docstack.search;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import io.docstack.spec.Operation;
import io.docstack.spec.ServiceSpec;

/**
 * One search document per operation of a service: its signature, operationId, description,
 * parameters (names and descriptions) and request body property names, as plain text. Stateless; thread-safe.
 */
final class ApiDocuments {

    private ApiDocuments() {
    }

    static List<SearchDocument> of(ServiceSpec service) {
        List<SearchDocument> documents = new ArrayList<>(service.operations().size());
        String prefix = service.project().sitePrefix() + "/";
        for (Operation operation : service.operations()) {
            documents.add(new SearchDocument(service.project().name(), service.project().version(), service.title(),
                    title(operation), text(operation), prefix + operation.page().value() + "#" + operation.anchor(),
                    SearchDocument.Kind.API));
        }
        return documents;
    }

    private static String title(Operation operation) {
        if (present(operation.summary())) {
            return PageSections.normalize(operation.summary());
        }
        return operation.name();
    }

    private static String text(Operation operation) {
        StringJoiner text = new StringJoiner(" ");
        text.add(operation.signature());
        add(text, operation.operationId());
        add(text, operation.description());
        for (Operation.Parameter parameter : operation.parameters()) {
            text.add(parameter.name());
            add(text, parameter.description());
        }
        // Request body properties (flavorRef, imageRef…) are what users type when looking for an operation.
        java.util.Set<String> parameters = new java.util.HashSet<>();
        operation.parameters().forEach(parameter -> parameters.add(parameter.name()));
        operation.fieldNames().stream().filter(name -> !parameters.contains(name)).forEach(text::add);
        return PageSections.normalize(text.toString());
    }

    private static void add(StringJoiner text, String value) {
        if (present(value)) {
            text.add(value);
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
