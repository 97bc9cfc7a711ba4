package org.rrhub.persistence.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.rrhub.core.api.TenantId;

import java.util.Map;

/**
 * Opens EntityManagers bound to an explicit tenant, for work that outlives a request (indexers, jobs, demo
 * provisioning). Request code uses {@link TenantEntityManager} instead.
 */
@ApplicationScoped
public class TenantEntityManagers {

    @PersistenceUnit(unitName = Multitenancy.PERSISTENCE_UNIT)
    EntityManagerFactory factory;

    /**
     * Runs work with an EntityManager bound to the tenant, inside the caller's transaction, then flushes (so versions
     * a caller returns are the stored ones) and closes it.
     */
    public <T> T call(TenantId tenant, java.util.function.Function<EntityManager, T> work) {
        EntityManager em = open(tenant);
        try {
            T result = work.apply(em);
            em.flush();
            return result;
        } finally {
            em.close();
        }
    }

    /** The caller closes it; inside a JTA transaction it joins that transaction. */
    public EntityManager open(TenantId tenant) {
        EntityManager em = factory.createEntityManager(Map.of(Multitenancy.TENANT_PROPERTY, tenant.value()));
        em.joinTransaction();
        return em;
    }
}
