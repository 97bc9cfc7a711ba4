package org.rrhub.tenants.api;

public enum TenantStatus {
    /** Staff can sign in and work. */
    ACTIVE,
    /** Suspended by a platform administrator: staff see a clear page, the API answers 403, data is kept. */
    SUSPENDED
}
