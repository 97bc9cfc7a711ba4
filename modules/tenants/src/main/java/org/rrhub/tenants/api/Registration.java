package org.rrhub.tenants.api;

/**
 * The outcome of creating a tenant: the tenant, and the first admin's username and one-time password, shown
 * once to the platform administrator who hands it over (it must be changed at first sign-in).
 */
public record Registration(TenantSummary tenant, String adminUsername, String temporaryPassword) {
}
