package org.rrhub.pledge.api;

/** The plan's state does not allow this step (for example editing a submitted plan). */
public class PlanStateException extends RuntimeException {
    public PlanStateException(String message) {
        super(message);
    }
}
