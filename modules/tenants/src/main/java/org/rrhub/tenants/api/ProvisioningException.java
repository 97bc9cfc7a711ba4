package org.rrhub.tenants.api;

/** The identity provider refused or failed a provisioning call. */
public class ProvisioningException extends RuntimeException {

    private final boolean conflict;

    public ProvisioningException(String message, boolean conflict) {
        super(message);
        this.conflict = conflict;
    }

    /** True when the refusal is because the thing already exists (HTTP 409). */
    public boolean isConflict() {
        return conflict;
    }
}
