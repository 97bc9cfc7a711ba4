package org.rrhub.web.support;

import org.rrhub.core.api.FieldError;
import org.rrhub.core.api.InvalidInputException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Field errors as a page needs them: an ordered summary (GOV.UK error summary) and a lookup per field, so each
 * message sits next to its field.
 */
public final class FormErrors {

    private final List<FieldError> list;
    private final Map<String, String> byField = new LinkedHashMap<>();

    private FormErrors(List<FieldError> list) {
        this.list = List.copyOf(list);
        list.forEach(e -> byField.putIfAbsent(e.field(), e.message()));
    }

    public static FormErrors none() {
        return new FormErrors(List.of());
    }

    public static FormErrors of(InvalidInputException invalid) {
        return new FormErrors(invalid.errors());
    }

    public boolean any() {
        return !list.isEmpty();
    }

    public List<FieldError> list() {
        return list;
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.get(field);
    }

    /** Whole numbers typed into a form; anything else becomes a field error, never a server error. */
    public static Integer parseInt(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "Enter a whole number");
        }
    }
}
