package org.rrhub.web.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.stream.JsonParsingException;
import org.rrhub.core.api.FieldError;

import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Why a JSON body does not bind to the type a resource expects, said per field: JSON-B only reports that binding
 * failed, so on failure the body is walked against the target type and each value that does not bind on its own is
 * named with what was expected ({@code validUntil}: a date such as 2027-03-31; {@code kind}: the allowed values).
 * Only failed bodies are walked; a body that binds never comes here.
 */
public final class JsonBodyProblems {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private JsonBodyProblems() {
    }

    /**
     * @param prefix the field path the body sits at ("" for a whole request body, "details" for a JSON part)
     */
    public static List<FieldError> of(String json, Type target, String prefix) {
        String field = prefix.isEmpty() ? "body" : prefix;
        if (json == null || json.isBlank()) {
            return List.of(new FieldError(field, "Send " + expectation(target) + " in JSON."));
        }
        JsonValue value;
        try (var reader = Json.createReader(new StringReader(json))) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            return List.of(new FieldError(field, "Not valid JSON" + (at == null ? "" : " (line " + at.getLineNumber()
                    + ", column " + at.getColumnNumber() + ")") + "; send " + expectation(target) + "."));
        } catch (RuntimeException e) {
            // JsonException, and Parsson's plain RuntimeException for nesting beyond 1,000 levels.
            return List.of(new FieldError(field, "Not valid JSON (or nested too deeply); send "
                    + expectation(target) + "."));
        }
        List<FieldError> errors = new ArrayList<>();
        walk(prefix, value, target, errors);
        if (errors.isEmpty()) {
            errors.add(new FieldError(field, "Not JSON of the expected shape: send " + expectation(target) + "."));
        }
        return errors;
    }

    private static void walk(String path, JsonValue value, Type type, List<FieldError> errors) {
        Class<?> raw = rawClass(type);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                errors.add(expected(path, type));
            }
            return;
        }
        if (Optional.class.equals(raw)) {
            walk(path, value, typeArgument(type, 0), errors);
        } else if (Collection.class.isAssignableFrom(raw)) {
            if (!(value instanceof JsonArray array)) {
                errors.add(expected(path, type));
                return;
            }
            Type element = typeArgument(type, 0);
            for (int i = 0; i < array.size(); i++) {
                walk(path + "[" + i + "]", array.get(i), element, errors);
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (!(value instanceof JsonObject object)) {
                errors.add(expected(path, type));
                return;
            }
            Type element = typeArgument(type, 1);
            object.forEach((name, v) -> walk(join(path, name), v, element, errors));
        } else if (isObject(raw)) {
            if (!(value instanceof JsonObject object)) {
                errors.add(expected(path, type));
                return;
            }
            object.forEach((name, v) -> property(raw, name)
                    .ifPresent(propertyType -> walk(join(path, name), v, propertyType, errors)));
        } else if (!bindsAlone(value, type)) {
            errors.add(expected(path, type));
        }
    }

    private static boolean bindsAlone(JsonValue value, Type type) {
        if (value instanceof JsonArray || value instanceof JsonObject
                || (String.class.equals(type) && value.getValueType() != JsonValue.ValueType.STRING)) {
            return false;
        }
        try {
            JSONB.fromJson(value.toString(), type);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static FieldError expected(String path, Type type) {
        return new FieldError(path.isEmpty() ? "body" : path, "Expected " + expectation(type) + ".");
    }

    /** What a value of the type looks like, in words a person writing JSON understands. */
    static String expectation(Type type) {
        Class<?> raw = rawClass(type);
        if (raw.isEnum()) {
            return "one of " + Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        }
        if (LocalDate.class.equals(raw)) {
            return "a date such as 2027-03-31";
        }
        if (YearMonth.class.equals(raw)) {
            return "a month such as 2027-03";
        }
        if (LocalDateTime.class.equals(raw)) {
            return "a date and time such as 2027-03-31T09:30:00";
        }
        if (Instant.class.equals(raw) || OffsetDateTime.class.equals(raw) || ZonedDateTime.class.equals(raw)) {
            return "a date and time such as 2027-03-31T09:30:00Z";
        }
        if (LocalTime.class.equals(raw)) {
            return "a time such as 09:30";
        }
        if (UUID.class.equals(raw)) {
            return "an identifier such as 3f2b8c1e-7d4a-4e8b-9a51-2c6d0e9f4b17";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return "true or false";
        }
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class
                || raw == short.class || raw == Short.class || raw == BigInteger.class) {
            return "a whole number";
        }
        if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class
                || raw == BigDecimal.class) {
            return "a number";
        }
        if (String.class.equals(raw)) {
            return "text (a JSON string)";
        }
        if (Optional.class.equals(raw)) {
            return expectation(typeArgument(type, 0));
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return "a list, each item " + expectation(typeArgument(type, 0));
        }
        return "an object";
    }

    private static Optional<Type> property(Class<?> type, String name) {
        if (type.isRecord()) {
            return Arrays.stream(type.getRecordComponents()).filter(c -> c.getName().equals(name))
                    .map(RecordComponent::getGenericType).findFirst();
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getName().equals(name) && !Modifier.isStatic(field.getModifiers())) {
                    return Optional.of(field.getGenericType());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isObject(Class<?> raw) {
        return !raw.isPrimitive() && !raw.isEnum() && !raw.isArray() && !raw.getName().startsWith("java.");
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static Type typeArgument(Type type, int index) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
                ? p.getActualTypeArguments()[index] : Object.class;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
