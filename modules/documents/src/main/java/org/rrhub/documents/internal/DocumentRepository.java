package org.rrhub.documents.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.rrhub.core.api.TenantContext;
import org.rrhub.persistence.api.TenantEntityManager;

import java.util.List;
import java.util.Optional;

/** The request's tenant's documents, versions and coverage. */
@ApplicationScoped
class DocumentRepository {

    @Inject
    TenantEntityManager tenantEntityManager;

    @Inject
    TenantContext tenantContext;

    private EntityManager em() {
        return tenantEntityManager.get();
    }

    List<Document> all() {
        return em().createQuery("select d from Document d order by d.title", Document.class).getResultList();
    }

    Optional<Document> find(String id) {
        if (id == null || id.length() > 36) {
            return Optional.empty();
        }
        return Optional.ofNullable(em().find(Document.class, id)).filter(d -> d.isOwnedBy(tenantContext.requireTenant()));
    }

    /** All versions of the given documents, newest first, in one query (without their text). */
    List<DocumentVersion> versionsOf(List<String> documentIds) {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        return em().createQuery("select v from DocumentVersion v where v.documentId in :ids order by v.number desc",
                DocumentVersion.class).setParameter("ids", documentIds).getResultList();
    }

    void add(Object entity) {
        em().persist(entity);
    }

    void flush() {
        em().flush();
    }

    List<CoverageEntry> coverage() {
        return em().createQuery("select c from CoverageEntry c", CoverageEntry.class).getResultList();
    }
}
