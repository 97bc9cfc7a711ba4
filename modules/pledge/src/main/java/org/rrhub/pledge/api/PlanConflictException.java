package org.rrhub.pledge.api;

import org.rrhub.core.api.ConflictException;

import java.util.List;

/**
 * The plan was changed by somebody else since the caller loaded it. Nothing of the caller's change was saved;
 * {@link #changes()} says what the other person changed, so the caller can merge by hand.
 */
public class PlanConflictException extends ConflictException {

    private final PlanView current;
    private final List<FieldChange> changes;

    public PlanConflictException(PlanView current, List<FieldChange> changes) {
        super("This plan", current.updatedBy(), current.version());
        this.current = current;
        this.changes = List.copyOf(changes);
    }

    public PlanView current() {
        return current;
    }

    public List<FieldChange> changes() {
        return changes;
    }
}
