package org.rrhub.core.api;

import java.util.List;

/** Input that breaks a rule; pages show each message next to its field, the API answers problem+json. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.isEmpty() ? "Invalid input" : errors.get(0).field() + ": " + errors.get(0).message());
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("At least one field error is needed");
        }
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
