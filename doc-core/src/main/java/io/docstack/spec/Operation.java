package io.docstack.spec;

import io.docstack.model.SitePath;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One operation of a service: a method on a path template.
 *
 * @param method      upper case HTTP method ({@code GET}, {@code POST} …)
 * @param path        the path template exactly as in the spec ({@code /v2.1/servers/{server_id}})
 * @param operationId the spec's {@code operationId}, or null
 * @param summary     short summary, or null
 * @param description description (CommonMark), or null
 * @param tags        tag names as in the spec; empty when untagged
 * @param deprecated  {@code deprecated: true}
 * @param parameters  path-level parameters merged with the operation's own (the operation's win
 *                    on the same name and location), {@code $ref}s resolved
 * @param requestBody the request body, or null
 * @param responses   responses in spec order
 * @param extensions  the operation's {@code x-} vendor extensions as plain data (maps, lists,
 *                    strings, numbers, booleans), in file order
 * @param anchor      the stable id of the operation on its reference page: the operationId made
 *                    URL-safe, else {@code method-path}
 * @param page        the reference page that documents it, inside the project version's folder
 * @param source      where the operation is written in the spec
 */
public record Operation(String method, String path, String operationId, String summary, String description,
                        List<String> tags, boolean deprecated, List<Parameter> parameters, Body requestBody,
                        List<Response> responses, Map<String, Object> extensions, String anchor, SitePath page,
                        SpecPosition source) {

    public Operation {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(source, "source");
        tags = List.copyOf(tags);
        parameters = List.copyOf(parameters);
        responses = List.copyOf(responses);
        extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions)); // file order, as documented
    }

    /** {@code GET /servers/{id}}: how the operation is named when it has no operationId. */
    public String signature() {
        return method + " " + path;
    }

    /** The operationId, else the signature. */
    public String name() {
        return operationId != null ? operationId : signature();
    }

    /**
     * Every name an {@code api:service:op#name} reference may use: parameter names and the
     * property names of the request body at any depth (including {@code oneOf}/{@code anyOf}/
     * {@code allOf} branches). Computed on each call, in time linear in the distinct schemas of
     * the request body (each shared schema is walked once); callers that ask often may keep it.
     */
    public Set<String> fieldNames() {
        Set<String> names = new java.util.LinkedHashSet<>();
        parameters.forEach(p -> names.add(p.name()));
        if (requestBody != null) {
            requestBody.content().forEach(media -> Schema.collectPropertyNames(media.schema(), names));
        }
        return names;
    }

    /**
     * A parameter.
     *
     * @param in          {@code path}, {@code query}, {@code header} or {@code cookie}
     * @param description CommonMark, or null
     * @param schema      its schema, or null
     */
    public record Parameter(String name, String in, boolean required, boolean deprecated, String description,
                            Schema schema) {
    }

    /**
     * A request body.
     *
     * @param content one entry per media type
     */
    public record Body(String description, boolean required, List<Media> content) {
        public Body {
            content = List.copyOf(content);
        }
    }

    /**
     * A response.
     *
     * @param status  {@code 200}, {@code 4XX} or {@code default}
     */
    public record Response(String status, String description, List<Media> content) {
        public Response {
            content = List.copyOf(content);
        }
    }

    /**
     * The body of one media type.
     *
     * @param mediaType {@code application/json} …
     * @param schema    the schema, or null
     * @param example   the {@code example} or the first of {@code examples}, as pretty-printed JSON
     *                  (or the string itself when it is a string), or null
     */
    public record Media(String mediaType, Schema schema, String example) {
    }
}
