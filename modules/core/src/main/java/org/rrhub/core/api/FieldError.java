package org.rrhub.core.api;

import java.util.Objects;

/** One reason why a submitted value was refused, named by the field it belongs to. */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
