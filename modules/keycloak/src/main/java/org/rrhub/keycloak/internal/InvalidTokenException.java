package org.rrhub.keycloak.internal;

/** A token that is not a valid, current Keycloak token for this realm. */
class InvalidTokenException extends Exception {
    InvalidTokenException(String message, Throwable cause) {
        super(message, cause);
    }

    InvalidTokenException(String message) {
        super(message);
    }
}
