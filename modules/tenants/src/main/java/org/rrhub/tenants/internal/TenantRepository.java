package org.rrhub.tenants.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.rrhub.core.api.TenantId;
import org.rrhub.persistence.api.Multitenancy;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
class TenantRepository {

    @PersistenceContext(unitName = Multitenancy.PERSISTENCE_UNIT)
    EntityManager em;

    Optional<Tenant> find(TenantId id) {
        return Optional.ofNullable(em.find(Tenant.class, id.value()));
    }

    boolean existsWithName(String name) {
        return !em.createQuery("select t.id from Tenant t where t.nameKey = :key", String.class)
                .setParameter("key", Tenant.nameKey(name))
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    List<Tenant> all() {
        return em.createQuery("select t from Tenant t order by t.nameKey", Tenant.class).getResultList();
    }

    /** Written at once: tenant-owned rows of the same transaction go through other EntityManagers and refer to it. */
    void add(Tenant tenant) {
        em.persist(tenant);
        em.flush();
    }
}
