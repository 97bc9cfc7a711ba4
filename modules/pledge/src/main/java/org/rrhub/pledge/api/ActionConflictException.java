package org.rrhub.pledge.api;

/** Somebody changed the action since the caller loaded it; {@link #current()} is what it is now. */
public class ActionConflictException extends RuntimeException {

    private final transient ActionView current;

    public ActionConflictException(ActionView current) {
        super("This action was changed by " + current.updatedBy() + " since you opened it");
        this.current = current;
    }

    public ActionView current() {
        return current;
    }
}
