package org.rrhub.pledge.api;

import org.rrhub.core.api.ConflictException;

/** Somebody changed the action since the caller loaded it; {@link #current()} is what it is now. */
public class ActionConflictException extends ConflictException {

    private final transient ActionView current;

    public ActionConflictException(ActionView current) {
        super("This action", current.updatedBy(), current.version());
        this.current = current;
    }

    public ActionView current() {
        return current;
    }
}
