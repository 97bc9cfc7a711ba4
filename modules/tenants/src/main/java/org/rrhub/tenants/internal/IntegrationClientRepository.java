package org.rrhub.tenants.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.rrhub.core.api.TenantContext;
import org.rrhub.persistence.api.TenantEntityManager;

import java.util.List;
import java.util.Optional;

/** The request's tenant's integration clients only. */
@ApplicationScoped
class IntegrationClientRepository {

    @Inject
    TenantEntityManager tenantEntityManager;

    @Inject
    TenantContext tenantContext;

    List<IntegrationClient> all() {
        return tenantEntityManager.get()
                .createQuery("select c from IntegrationClient c order by c.createdAt", IntegrationClient.class)
                .getResultList();
    }

    Optional<IntegrationClient> find(String id) {
        if (id == null || id.length() > 36) {
            return Optional.empty();
        }
        return Optional.ofNullable(tenantEntityManager.get().find(IntegrationClient.class, id))
                .filter(c -> c.isOwnedBy(tenantContext.requireTenant()));
    }

    void add(IntegrationClient client) {
        tenantEntityManager.get().persist(client);
    }

    void remove(IntegrationClient client) {
        tenantEntityManager.get().remove(client);
    }
}
