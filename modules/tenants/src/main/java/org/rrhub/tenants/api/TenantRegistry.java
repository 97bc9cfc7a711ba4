package org.rrhub.tenants.api;

import org.rrhub.core.api.TenantId;

import java.util.List;
import java.util.Optional;

/** Platform-level management of provider organisations (tenants). */
public interface TenantRegistry {

    /**
     * Creates the tenant in the database and as a Keycloak organization with its first provider-admin.
     * Either all of it exists afterwards or none of it does.
     *
     * @throws org.rrhub.core.api.InvalidInputException with field errors for bad or duplicate input
     */
    Registration register(NewTenant request, String actor);

    /** Creates a tenant with the given people (used for demo tenants); does nothing if it already exists. */
    TenantSummary registerIfAbsent(TenantId id, String name, Sector sector, List<NewUser> people, String actor);

    void suspend(TenantId id, String actor);

    void reactivate(TenantId id, String actor);

    Optional<TenantSummary> find(TenantId id);

    List<TenantSummary> list();
}
