package org.rrhub.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The operations the application's own OpenAPI document describes, with their parameters and bodies. */
final class OpenApiOperations {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    record Parameter(String name, String in, JsonObject schema) {
    }

    record Operation(String method, String path, List<Parameter> parameters, Map<String, JsonObject> bodies,
                     List<String> produces) {

        /** The media type a client would send a body as, the JSON one first. */
        Optional<String> bodyType() {
            return bodies.keySet().stream().min(Comparator.comparing(t -> t.equals("application/json") ? 0 : 1));
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    private final JsonObject document;

    private OpenApiOperations(JsonObject document) {
        this.document = document;
    }

    static OpenApiOperations read(String json) {
        return new OpenApiOperations(Json.createReader(new StringReader(json)).readObject());
    }

    List<Operation> all() {
        List<Operation> operations = new ArrayList<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, op) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            JsonObject operation = op.asJsonObject();
            List<Parameter> parameters = operation.getJsonArray("parameters") == null ? List.of()
                    : operation.getJsonArray("parameters").stream().map(JsonValue::asJsonObject)
                    .map(p -> new Parameter(p.getString("name"), p.getString("in"),
                            resolve(p.getJsonObject("schema")))).toList();
            Map<String, JsonObject> bodies = new java.util.TreeMap<>();
            JsonObject requestBody = operation.getJsonObject("requestBody");
            if (requestBody != null) {
                requestBody.getJsonObject("content").forEach((type, content) ->
                        bodies.put(type, resolve(content.asJsonObject().getJsonObject("schema"))));
            }
            List<String> produces = new ArrayList<>();
            JsonObject responses = operation.getJsonObject("responses");
            if (responses != null) {
                responses.values().forEach(r -> {
                    JsonObject content = r.asJsonObject().getJsonObject("content");
                    if (content != null) {
                        produces.addAll(content.keySet());
                    }
                });
            }
            operations.add(new Operation(method, path, parameters, bodies, produces));
        }));
        operations.sort(Comparator.comparing(Operation::path).thenComparing(Operation::method));
        return operations;
    }

    /** A schema with its {@code $ref}s replaced by what they name, properties and items included. */
    JsonObject resolve(JsonObject schema) {
        return resolve(schema, 0);
    }

    private JsonObject resolve(JsonObject schema, int depth) {
        if (schema == null || depth > 8) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        if (schema.containsKey("$ref")) {
            String name = schema.getString("$ref").substring("#/components/schemas/".length());
            return resolve(document.getJsonObject("components").getJsonObject("schemas").getJsonObject(name), depth + 1);
        }
        var resolved = Json.createObjectBuilder(schema);
        if (schema.containsKey("properties")) {
            var properties = Json.createObjectBuilder();
            schema.getJsonObject("properties").forEach((name, property) ->
                    properties.add(name, resolve(property.asJsonObject(), depth + 1)));
            resolved.add("properties", properties);
        }
        if (schema.containsKey("items")) {
            resolved.add("items", resolve(schema.getJsonObject("items"), depth + 1));
        }
        return resolved.build();
    }
}
