package org.rrhub.audit.api;

/** What happened, in words an auditor reads. */
public enum AuditAction {
    SIGNED_IN,
    SIGNED_OUT,
    ACCESS_DENIED,
    TENANT_CREATED,
    TENANT_SUSPENDED,
    TENANT_REACTIVATED,
    WARD_ADDED,
    INTEGRATION_CREATED,
    INTEGRATION_REVOKED,
    PLAN_CYCLE_STARTED,
    PLAN_SAVED,
    PLAN_SUBMITTED
}
