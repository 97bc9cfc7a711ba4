package org.rrhub.core.api;

/**
 * The item does not exist for this caller. Another tenant's id gets this too: existence is never revealed.
 */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what) {
        super(what + " not found");
    }
}
