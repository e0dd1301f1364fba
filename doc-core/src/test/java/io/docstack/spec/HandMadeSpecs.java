package io.docstack.spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.docstack.model.ProjectVersion;
import io.docstack.model.SitePath;

/**
 * Builds spec-stage records by hand, so that reference page tests do not depend on the loader:
 * {@code schema().type("object").property("name", string()).required("name").build()},
 * {@code operation("GET", "/servers", "api/servers.html").id("listServers").build()}.
 */
final class HandMadeSpecs {

    static final ProjectVersion COMPUTE = new ProjectVersion("compute", "2.1");

    private HandMadeSpecs() {
    }

    static SchemaBuilder schema() {
        return new SchemaBuilder();
    }

    static SchemaBuilder schema(String type) {
        return new SchemaBuilder().type(type);
    }

    static Schema string() {
        return schema("string").build();
    }

    /** The cut repeat of an enclosing schema named {@code name}. */
    static Schema recursive(String name) {
        return schema().name(name).recursive().build();
    }

    static OperationBuilder operation(String method, String path, String page) {
        return new OperationBuilder(method, path, SitePath.of(page));
    }

    static ServiceSpec.Tag tag(String name, String description) {
        return new ServiceSpec.Tag(name, description, SitePath.of("api/" + name + ".html"));
    }

    static ServiceSpec service(List<ServiceSpec.Tag> tags, List<Operation> operations) {
        return new ServiceSpec(COMPUTE, "Compute", "The compute service.", "2.1",
                List.of(new ServiceSpec.SpecFile(Path.of("compute.yaml"), "compute/src/openapi/compute.yaml", "3.0.3")),
                tags, operations);
    }

    static Operation.Parameter parameter(String name, String in, boolean required, String description, Schema schema) {
        return new Operation.Parameter(name, in, required, false, description, schema);
    }

    static final class SchemaBuilder {
        private String name;
        private String type;
        private String format;
        private String description;
        private boolean deprecated;
        private boolean nullable;
        private final List<Schema.Property> properties = new ArrayList<>();
        private final Set<String> required = new LinkedHashSet<>();
        private Schema items;
        private final List<Schema> oneOf = new ArrayList<>();
        private final List<Schema> anyOf = new ArrayList<>();
        private final List<Schema> allOf = new ArrayList<>();
        private final List<String> enumValues = new ArrayList<>();
        private boolean recursive;

        SchemaBuilder name(String value) {
            name = value;
            return this;
        }

        SchemaBuilder type(String value) {
            type = value;
            return this;
        }

        SchemaBuilder format(String value) {
            format = value;
            return this;
        }

        SchemaBuilder description(String value) {
            description = value;
            return this;
        }

        SchemaBuilder deprecated() {
            deprecated = true;
            return this;
        }

        SchemaBuilder nullable() {
            nullable = true;
            return this;
        }

        SchemaBuilder property(String propertyName, Schema schema) {
            properties.add(new Schema.Property(propertyName, schema));
            return this;
        }

        SchemaBuilder required(String... names) {
            required.addAll(List.of(names));
            return this;
        }

        SchemaBuilder items(Schema value) {
            items = value;
            return this;
        }

        SchemaBuilder oneOf(Schema... branches) {
            oneOf.addAll(List.of(branches));
            return this;
        }

        SchemaBuilder anyOf(Schema... branches) {
            anyOf.addAll(List.of(branches));
            return this;
        }

        SchemaBuilder allOf(Schema... parts) {
            allOf.addAll(List.of(parts));
            return this;
        }

        SchemaBuilder enumValues(String... values) {
            enumValues.addAll(List.of(values));
            return this;
        }

        SchemaBuilder recursive() {
            recursive = true;
            return this;
        }

        Schema build() {
            return new Schema(name, type, format, description, deprecated, nullable, properties, required, items,
                    oneOf, anyOf, allOf, enumValues, recursive);
        }
    }

    static final class OperationBuilder {
        private final String method;
        private final String path;
        private final SitePath page;
        private String operationId;
        private String summary;
        private String description;
        private final List<String> tags = new ArrayList<>();
        private boolean deprecated;
        private final List<Operation.Parameter> parameters = new ArrayList<>();
        private Operation.Body requestBody;
        private final List<Operation.Response> responses = new ArrayList<>();
        private String anchor;

        private OperationBuilder(String method, String path, SitePath page) {
            this.method = method;
            this.path = path;
            this.page = page;
        }

        /** Sets the operationId and the anchor made from it. */
        OperationBuilder id(String value) {
            operationId = value;
            anchor = value;
            return this;
        }

        OperationBuilder anchor(String value) {
            anchor = value;
            return this;
        }

        OperationBuilder summary(String value) {
            summary = value;
            return this;
        }

        OperationBuilder description(String value) {
            description = value;
            return this;
        }

        OperationBuilder tag(String value) {
            tags.add(value);
            return this;
        }

        OperationBuilder deprecated() {
            deprecated = true;
            return this;
        }

        OperationBuilder parameter(Operation.Parameter value) {
            parameters.add(value);
            return this;
        }

        OperationBuilder body(String bodyDescription, Schema schema, String example) {
            requestBody = new Operation.Body(bodyDescription, true,
                    List.of(new Operation.Media("application/json", schema, example)));
            return this;
        }

        OperationBuilder response(String status, String responseDescription, Schema schema, String example) {
            List<Operation.Media> content = schema == null && example == null ? List.of()
                    : List.of(new Operation.Media("application/json", schema, example));
            responses.add(new Operation.Response(status, responseDescription, content));
            return this;
        }

        Operation build() {
            String id = anchor != null ? anchor : (method + "-" + path).replaceAll("[^A-Za-z0-9_-]", "-");
            return new Operation(method, path, operationId, summary, description, tags, deprecated, parameters,
                    requestBody, responses, Map.of(), id, page, new SpecPosition("compute/src/openapi/compute.yaml", 1, 1));
        }
    }
}
