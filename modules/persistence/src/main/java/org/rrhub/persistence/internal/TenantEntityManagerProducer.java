package org.rrhub.persistence.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionScoped;
import org.rrhub.core.api.TenantContext;
import org.rrhub.persistence.api.TenantEntityManagers;
import org.rrhub.persistence.api.TenantScoped;

/**
 * One tenant-bound EntityManager per transaction, for the tenant resolved at the edge of the request.
 * Transaction scope makes application services the only place where tenant data can be touched.
 */
@ApplicationScoped
class TenantEntityManagerProducer {

    @Inject
    TenantContext tenantContext;

    @Inject
    TenantEntityManagers entityManagers;

    @Produces
    @TenantScoped
    @TransactionScoped
    EntityManager tenantEntityManager() {
        return entityManagers.open(tenantContext.requireTenant());
    }

    void close(@Disposes @TenantScoped EntityManager em) {
        if (em.isOpen()) {
            em.close();
        }
    }
}
