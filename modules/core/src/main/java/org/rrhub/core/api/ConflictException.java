package org.rrhub.core.api;

/**
 * Somebody changed the item since the caller loaded it (optimistic locking): nothing of the caller's change was
 * saved. The API answers 409 with {@link #currentVersion()}, so a client can reload and decide.
 */
public class ConflictException extends RuntimeException {

    private final long currentVersion;

    public ConflictException(String what, String changedBy, long currentVersion) {
        super(what + " was changed by " + changedBy + " since you opened it");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
