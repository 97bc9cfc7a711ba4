package org.rrhub.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Makes requests for an OpenAPI operation from a seeded random source: a plausible request first, then the same
 * with one thing wrong (a field missing, of the wrong type, an unknown enum value, a megabyte of text, control
 * characters, a number out of range, an injection or traversal string, a body that is not JSON) or a hostile
 * parameter. Plausible values come from the names the API uses and from ids seen in earlier responses.
 */
final class RequestFuzzer {

    enum Mutation { VALID, MISSING_FIELD, WRONG_TYPE, UNKNOWN_ENUM, HUGE_STRING, CONTROL_CHARACTERS,
        NUMBER_OUT_OF_RANGE, INJECTION, NOT_JSON, HOSTILE_PARAMETER }

    /** Strings that have broken web applications; the ones starting with % go into URLs as they are. */
    static final List<String> HOSTILE = List.of("../../../../etc/passwd", "..%2F..%2F..%2Fetc%2Fpasswd", "%00",
            "a%00b", "%C0%AE%C0%AE%2F", "' OR '1'='1", "1; DROP TABLE tenant; --", "<script>alert(1)</script>",
            "${7*7}", "#{7*7}", "__${T(java.lang.Runtime).getRuntime()}__", "*{7*7}", "[[${7*7}]]",
            "\u202Eevil", "\uD83D\uDE00", "-1", "99999999999999999999999", "0x1F", "null", "[]", "{}", " ",
            "x".repeat(3000), "CON", "a/b", "a\\b", "é\u0301", "\t\n", "%E0%80%AF", "%FF%FE");

    static final List<String> CONTROL = List.of("\u0000", "\u0001", "\u0007", "\u0008", "\u000B", "\u001B",
            "\u007F", "\u0085");

    private static final List<String> DOMAINS = List.of("leadership-and-governance", "using-data-to-inform-practice",
            "staff-training-and-development", "preventative-measures-and-personalised-support",
            "involving-those-who-receive-services", "continuous-improvement");

    /** One request as sent, with what was done to it; enough to replay it by hand. */
    record FuzzRequest(String method, String path, String contentType, byte[] body, Mutation mutation,
                       String description, boolean pathTheListenerRefuses) {
        String bodyPreview() {
            if (body == null) {
                return "";
            }
            String text = new String(body, StandardCharsets.UTF_8);
            return text.length() > 300 ? text.substring(0, 300) + "... (" + body.length + " bytes)" : text;
        }
    }

    private final Random random;
    private final Map<String, String> known;
    private final Set<String> seenIds = new LinkedHashSet<>();
    private final List<Long> seenVersions = new ArrayList<>();

    /** @param known plausible values by parameter or field name (a tenant id, a username, a framework) */
    RequestFuzzer(long seed, Map<String, String> known) {
        this.random = new Random(seed);
        this.known = known;
    }

    /** Ids and versions from a response, so later requests can name things that exist. */
    void learnFrom(JsonValue value) {
        if (value instanceof JsonObject object) {
            object.forEach((name, v) -> {
                if (v.getValueType() == JsonValue.ValueType.STRING && (name.equals("id") || name.endsWith("Id"))
                        && seenIds.size() < 300) {
                    seenIds.add(object.getString(name));
                } else if (v.getValueType() == JsonValue.ValueType.NUMBER && name.equals("version")
                        && seenVersions.size() < 300) {
                    seenVersions.add(object.getJsonNumber(name).longValue());
                } else {
                    learnFrom(v);
                }
            });
        } else if (value != null && value.getValueType() == JsonValue.ValueType.ARRAY) {
            value.asJsonArray().forEach(this::learnFrom);
        }
    }

    FuzzRequest next(OpenApiOperations.Operation operation, int round) {
        Mutation mutation = round == 0 ? Mutation.VALID : Mutation.values()[1 + random.nextInt(Mutation.values().length - 1)];
        StringBuilder description = new StringBuilder(mutation.name());
        String path = operation.path();
        boolean pathTheListenerRefuses = false;
        StringJoiner query = new StringJoiner("&");
        for (OpenApiOperations.Parameter parameter : operation.parameters()) {
            boolean hostile = mutation == Mutation.HOSTILE_PARAMETER && random.nextInt(3) > 0;
            if ("query".equals(parameter.in()) && !hostile && random.nextInt(4) == 0) {
                continue;
            }
            String value = hostile ? pick(HOSTILE) : plausible(parameter.name(), parameter.schema());
            if (hostile) {
                description.append(" ").append(parameter.name()).append("=").append(abbreviate(value));
            }
            String encoded = value.startsWith("%") || value.contains("%2F") || value.contains("%00")
                    ? value : URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
            if ("path".equals(parameter.in())) {
                // sent as written (%00, bytes that are not UTF-8), or an encoded backslash
                pathTheListenerRefuses |= !encoded.equals(URLEncoder.encode(value, StandardCharsets.UTF_8))
                        || encoded.toUpperCase(java.util.Locale.ROOT).contains("%5C");
                path = path.replace("{" + parameter.name() + "}", encoded);
            } else if ("query".equals(parameter.in())) {
                query.add(parameter.name() + "=" + encoded);
            }
        }
        if (path.startsWith("/api/v1/search") && operation.method().equals("get")) {
            query.add("q=" + URLEncoder.encode(mutation == Mutation.HOSTILE_PARAMETER ? pick(HOSTILE) : "restraint",
                    StandardCharsets.UTF_8));
            query.add("purpose=" + URLEncoder.encode(known.get("purpose"), StandardCharsets.UTF_8));
            if (mutation != Mutation.VALID) {
                query.add("page=" + URLEncoder.encode(pick(List.of("0", "-3", "abc", "999999999999", "2")),
                        StandardCharsets.UTF_8));
            }
        }
        String target = query.length() == 0 ? path : path + "?" + query;
        String type = operation.bodyType().orElse(null);
        if (type == null) {
            return new FuzzRequest(operation.method().toUpperCase(), target, null, null, mutation,
                    description.toString(), pathTheListenerRefuses);
        }
        byte[] body = switch (type) {
            case "application/json" -> jsonBody(operation.bodies().get(type), mutation, description);
            case "multipart/form-data" -> null;
            case "application/x-www-form-urlencoded" -> formBody(mutation);
            default -> csvBody(mutation);
        };
        if (type.equals("multipart/form-data")) {
            return multipart(operation, target, mutation, description, pathTheListenerRefuses);
        }
        return new FuzzRequest(operation.method().toUpperCase(), target, type, body, mutation, description.toString(),
                pathTheListenerRefuses);
    }

    private byte[] jsonBody(JsonObject schema, Mutation mutation, StringBuilder description) {
        if (mutation == Mutation.NOT_JSON) {
            String sent = pick(List.of("", "{", "[]", "null", "\"text\"", "{\"a\":}", "\u0000", "12",
                    "{\"version\": 1, \"version\": \"two\"}", "[".repeat(5000)));
            description.append(" body=").append(abbreviate(sent));
            return sent.getBytes(StandardCharsets.UTF_8);
        }
        JsonValue value = generate(schema, "body", 0);
        if (mutation != Mutation.VALID && mutation != Mutation.HOSTILE_PARAMETER && value instanceof JsonObject o) {
            value = mutate(o, schema, mutation, description);
        }
        return value.toString().getBytes(StandardCharsets.UTF_8);
    }

    private JsonValue mutate(JsonObject body, JsonObject schema, Mutation mutation, StringBuilder description) {
        List<String> paths = new ArrayList<>();
        leaves(body, "", paths);
        if (paths.isEmpty()) {
            return body;
        }
        String target = pick(paths);
        description.append(" at ").append(target);
        JsonObject fieldSchema = schemaAt(schema, target);
        JsonValue replacement = switch (mutation) {
            case MISSING_FIELD -> null;
            case WRONG_TYPE -> wrongType(fieldSchema);
            case UNKNOWN_ENUM -> Json.createValue("NO_SUCH_VALUE");
            case HUGE_STRING -> Json.createValue("x".repeat(1024 * 1024));
            case CONTROL_CHARACTERS -> Json.createValue("before" + pick(CONTROL) + "after");
            case NUMBER_OUT_OF_RANGE -> pick(List.of(Json.createValue(Long.MAX_VALUE), Json.createValue(-1),
                    Json.createValue(new java.math.BigInteger("99999999999999999999999999")),
                    Json.createValue(1e308), Json.createValue(Integer.MIN_VALUE)));
            case INJECTION -> Json.createValue(pick(HOSTILE));
            default -> Json.createValue("unchanged");
        };
        return replace(body, target.split("/"), 1, replacement);
    }

    private static JsonValue replace(JsonValue value, String[] steps, int at, JsonValue replacement) {
        if (value instanceof JsonObject object) {
            var builder = Json.createObjectBuilder(object);
            String name = steps[at];
            if (at == steps.length - 1) {
                if (replacement == null) {
                    builder.remove(name);
                } else {
                    builder.add(name, replacement);
                }
            } else {
                builder.add(name, replace(object.get(name), steps, at + 1, replacement));
            }
            return builder.build();
        }
        if (value != null && value.getValueType() == JsonValue.ValueType.ARRAY) {
            var array = value.asJsonArray();
            JsonArrayBuilder builder = Json.createArrayBuilder();
            int index = Integer.parseInt(steps[at]);
            for (int i = 0; i < array.size(); i++) {
                if (i != index) {
                    builder.add(array.get(i));
                } else if (at == steps.length - 1) {
                    if (replacement != null) {
                        builder.add(replacement);
                    }
                } else {
                    builder.add(replace(array.get(i), steps, at + 1, replacement));
                }
            }
            return builder.build();
        }
        return value;
    }

    private static void leaves(JsonValue value, String at, List<String> paths) {
        if (value instanceof JsonObject object) {
            object.forEach((name, v) -> {
                paths.add(at + "/" + name);
                leaves(v, at + "/" + name, paths);
            });
        } else if (value != null && value.getValueType() == JsonValue.ValueType.ARRAY) {
            for (int i = 0; i < value.asJsonArray().size(); i++) {
                leaves(value.asJsonArray().get(i), at + "/" + i, paths);
            }
        }
    }

    private static JsonObject schemaAt(JsonObject schema, String path) {
        JsonObject current = schema;
        for (String step : path.substring(1).split("/")) {
            if (current.containsKey("properties") && current.getJsonObject("properties").containsKey(step)) {
                current = current.getJsonObject("properties").getJsonObject(step);
            } else if (current.containsKey("items")) {
                current = current.getJsonObject("items");
            } else {
                return JsonValue.EMPTY_JSON_OBJECT;
            }
        }
        return current;
    }

    private JsonValue wrongType(JsonObject schema) {
        String type = schema.getString("type", "object");
        return switch (type) {
            case "string" -> pick(List.of(Json.createValue(42), JsonValue.TRUE, Json.createObjectBuilder().build()));
            case "integer", "number" -> pick(List.of(Json.createValue("seven"), Json.createValue("1.5"),
                    Json.createValue(1.5), JsonValue.FALSE));
            case "boolean" -> pick(List.of(Json.createValue("yes"), Json.createValue(1)));
            case "array" -> pick(List.of(Json.createValue("not a list"), Json.createObjectBuilder().build()));
            default -> pick(List.of(Json.createValue("31/02/2027"), Json.createValue(20270331),
                    Json.createArrayBuilder().add(1).build(), Json.createValue("NOT_A_VALUE")));
        };
    }

    /** A value of the schema's shape, guessed from the field's name where the schema says only "object". */
    private JsonValue generate(JsonObject schema, String name, int depth) {
        if (schema.containsKey("enum")) {
            var values = schema.getJsonArray("enum");
            return values.get(random.nextInt(values.size()));
        }
        String type = schema.getString("type", "object");
        switch (type) {
            case "string":
                return Json.createValue(plausible(name, schema));
            case "integer":
                return Json.createValue(Long.parseLong(plausibleNumber(name)));
            case "number":
                return Json.createValue(1.5);
            case "boolean":
                return random.nextBoolean() ? JsonValue.TRUE : JsonValue.FALSE;
            case "array":
                JsonArrayBuilder array = Json.createArrayBuilder();
                for (int i = 0, n = random.nextInt(3); i < n && depth < 6; i++) {
                    array.add(generate(schema.getJsonObject("items") == null ? JsonValue.EMPTY_JSON_OBJECT
                            : schema.getJsonObject("items"), singular(name), depth + 1));
                }
                return array.build();
            default:
                if (!schema.containsKey("properties")) {
                    return Json.createValue(plausible(name, schema));
                }
                JsonObjectBuilder object = Json.createObjectBuilder();
                schema.getJsonObject("properties").forEach((property, propertySchema) -> {
                    if (depth < 6) {
                        object.add(property, generate(propertySchema.asJsonObject(), property, depth + 1));
                    }
                });
                return object.build();
        }
    }

    /** A value a client using the API as documented would send for a field or parameter of this name. */
    private String plausible(String name, JsonObject schema) {
        if (known.containsKey(name)) {
            return known.get(name);
        }
        if ("integer".equals(schema.getString("type", ""))) {
            return plausibleNumber(name);
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith("date") || lower.endsWith("on") || lower.equals("from") || lower.equals("to")
                || lower.startsWith("valid") || lower.endsWith("start") || lower.equals("date")) {
            return pick(List.of("2026-04-01", "2027-03-31", "2026-12-04"));
        }
        if (lower.contains("domain")) {
            return pick(DOMAINS);
        }
        if (lower.equals("id") || lower.endsWith("id") || lower.equals("finding") || lower.equals("statement")) {
            return seenIds.isEmpty() ? java.util.UUID.randomUUID().toString() : pick(new ArrayList<>(seenIds));
        }
        return pick(List.of("Fuzz text", "Débrief within 72 hours", "A longer sentence about restraint reduction.",
                "x"));
    }

    private String plausibleNumber(String name) {
        if (name.equals("version") && !seenVersions.isEmpty()) {
            return Long.toString(seenVersions.get(random.nextInt(seenVersions.size())));
        }
        if (name.equals("year")) {
            return "2026";
        }
        if (name.equals("limit")) {
            return pick(List.of("10", "50", "500"));
        }
        return Integer.toString(1 + random.nextInt(40));
    }

    private byte[] formBody(Mutation mutation) {
        String q = mutation == Mutation.VALID ? "restraint" : pick(HOSTILE);
        String text = "q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&purpose="
                + URLEncoder.encode(known.get("purpose"), StandardCharsets.UTF_8);
        if (mutation == Mutation.CONTROL_CHARACTERS) {
            text += "&q=" + URLEncoder.encode(pick(CONTROL), StandardCharsets.UTF_8);
        } else if (mutation != Mutation.VALID) {
            text += "&page=" + URLEncoder.encode(pick(HOSTILE), StandardCharsets.UTF_8);
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private byte[] csvBody(Mutation mutation) {
        String csv = switch (mutation) {
            case VALID -> "reference,date,time,ward,type\nR1,2026-03-14,10:15,Ash Ward,PHYSICAL\n";
            case HUGE_STRING -> "reference\n" + "x".repeat(1024 * 1024) + "\n";
            case CONTROL_CHARACTERS -> "reference,ward\nR1," + pick(CONTROL) + "\n";
            case NOT_JSON -> "";
            default -> "reference,date\n" + pick(HOSTILE) + "," + pick(HOSTILE) + "\n";
        };
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    private FuzzRequest multipart(OpenApiOperations.Operation operation, String target, Mutation mutation,
                                  StringBuilder description, boolean pathTheListenerRefuses) {
        JsonObject details = Json.createObjectBuilder().add("title", "Fuzz policy " + random.nextInt(1000))
                .add("kind", pick(List.of("POLICY", "BOARD_STRATEGY", "PROCEDURE"))).add("owner", known.get("owner"))
                .add("status", "DRAFT").add("domains", Json.createArrayBuilder().add(pick(DOMAINS)))
                .add("nextReviewDate", "2027-03-31").build();
        JsonObject schema = Json.createObjectBuilder().add("properties", Json.createObjectBuilder()
                .add("title", Json.createObjectBuilder().add("type", "string"))
                .add("kind", Json.createObjectBuilder().add("type", "string").add("enum", Json.createArrayBuilder().add("POLICY")))
                .add("owner", Json.createObjectBuilder().add("type", "string"))
                .add("status", Json.createObjectBuilder().add("type", "string").add("enum", Json.createArrayBuilder().add("DRAFT")))
                .add("domains", Json.createObjectBuilder().add("type", "array"))
                .add("nextReviewDate", Json.createObjectBuilder().add("type", "object"))).build();
        String detailsText = mutation == Mutation.NOT_JSON ? pick(List.of("{", "", "[1]"))
                : mutation == Mutation.VALID || mutation == Mutation.HOSTILE_PARAMETER ? details.toString()
                : mutate(details, schema, mutation, description).toString();
        String fileName = mutation == Mutation.VALID ? "fuzz.txt"
                : pick(List.of("../../../etc/passwd", "résumé.txt", "a\u0000b.txt", "x".repeat(600) + ".txt",
                "..\\..\\boot.ini", "<b>.txt", "fuzz.txt", "CON.txt", "\u202Etxt.exe"));
        byte[] content = mutation == Mutation.HUGE_STRING ? new byte[3 * 1024 * 1024]
                : ("Fuzz evidence text " + random.nextInt()).getBytes(StandardCharsets.UTF_8);
        String boundary = "----rrhubfuzz" + random.nextInt(Integer.MAX_VALUE);
        var out = new java.io.ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"details\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + detailsText + "\r\n").getBytes(StandardCharsets.UTF_8));
        if (mutation != Mutation.MISSING_FIELD || random.nextBoolean()) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        description.append(" file=").append(abbreviate(fileName));
        return new FuzzRequest(operation.method().toUpperCase(), target, "multipart/form-data; boundary=" + boundary,
                out.toByteArray(), mutation, description.toString(), pathTheListenerRefuses);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String singular(String name) {
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }

    private static String abbreviate(String value) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "...(" + value.length() + ")" : value;
        StringBuilder escaped = new StringBuilder();
        shown.codePoints().forEach(c -> escaped.append(c < 0x20 || c == 0x7F ? String.format("\\u%04X", c)
                : new String(Character.toChars(c))));
        return escaped.toString();
    }
}
