package org.rrhub.incidents.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.rrhub.core.api.TenantContext;
import org.rrhub.incidents.api.ImportProblem;
import org.rrhub.persistence.api.TenantEntityManager;

import java.util.List;
import java.util.Optional;

/** The request's provider's imports. */
@ApplicationScoped
class ImportRepository {

    @Inject
    TenantEntityManager tenantEntityManager;

    @Inject
    TenantContext tenantContext;

    private EntityManager em() {
        return tenantEntityManager.get();
    }

    void add(IncidentImport entry) {
        em().persist(entry);
    }

    /** Loads by id and re-checks ownership, so a foreign id can never leak even through a cache. */
    Optional<IncidentImport> find(String id) {
        if (id == null || id.length() > 36) {
            return Optional.empty();
        }
        return Optional.ofNullable(em().find(IncidentImport.class, id))
                .filter(entry -> entry.isOwnedBy(tenantContext.requireTenant()));
    }

    /** The problems kept of a refused import, in file order. */
    List<ImportProblem> problemsOf(IncidentImport entry) {
        return em().createQuery("select p from RefusalProblem p where p.importId = :id order by p.number",
                RefusalProblem.class).setParameter("id", entry.id()).getResultList().stream()
                .map(RefusalProblem::toProblem).toList();
    }

    List<IncidentImport> recent(int max) {
        return em().createQuery("select i from IncidentImport i order by i.startedAt desc", IncidentImport.class)
                .setMaxResults(max).getResultList();
    }
}
