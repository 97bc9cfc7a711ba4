package org.rrhub.search.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.rrhub.core.api.TenantId;
import org.rrhub.persistence.api.Multitenancy;
import org.rrhub.search.api.IndexingOutbox;
import org.rrhub.search.api.ItemKind;

import java.time.Instant;

/** Joins the caller's transaction: the note commits or rolls back with the change itself. */
@ApplicationScoped
class DefaultIndexingOutbox implements IndexingOutbox {

    @PersistenceContext(unitName = Multitenancy.PERSISTENCE_UNIT)
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(TenantId tenant, ItemKind kind, String id) {
        em.persist(new OutboxEntry(tenant, kind, id, Instant.now()));
    }
}
