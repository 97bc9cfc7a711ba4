package org.rrhub.tenants.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.rrhub.core.api.TenantContext;
import org.rrhub.persistence.api.TenantEntityManager;

import java.util.List;
import java.util.Optional;

/** Reads and writes wards of the request's tenant only. */
@ApplicationScoped
class WardRepository {

    @Inject
    TenantEntityManager tenantEntityManager;

    @Inject
    TenantContext tenantContext;

    private EntityManager em() {
        return tenantEntityManager.get();
    }

    List<Ward> all() {
        return em().createQuery("select w from Ward w order by w.name", Ward.class).getResultList();
    }

    /** Loads by id and re-checks ownership, so a foreign id can never leak even through a cache. */
    Optional<Ward> find(String id) {
        if (id == null || id.length() > 36) {
            return Optional.empty();
        }
        return Optional.ofNullable(em().find(Ward.class, id))
                .filter(ward -> ward.isOwnedBy(tenantContext.requireTenant()));
    }

    boolean existsWithName(String name) {
        return !em().createQuery("select w.id from Ward w where lower(w.name) = lower(:name)", String.class)
                .setParameter("name", name.strip())
                .setMaxResults(1).getResultList().isEmpty();
    }

    void add(Ward ward) {
        em().persist(ward);
    }
}
