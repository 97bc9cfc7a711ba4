package org.rrhub.tenants.api;

/**
 * What a platform administrator enters to create a provider organisation and its first provider-admin.
 * Fields are checked by {@link TenantRegistry#register}; null means "not given".
 */
public record NewTenant(String name, Sector sector, String adminEmail, String adminFirstName,
                        String adminLastName) {
}
