package org.rrhub.search.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.rrhub.core.api.TenantId;
import org.rrhub.persistence.api.Multitenancy;
import org.rrhub.search.api.ItemKind;
import org.rrhub.search.api.SearchItem;
import org.rrhub.search.api.SearchSource;
import org.rrhub.tenants.api.TenantRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Moves changes from the database into the index. The database is the source of truth: an item is always read
 * again from its module's {@link SearchSource}, never taken from the change itself, so replaying the outbox or
 * rebuilding a tenant gives the same index.
 */
@ApplicationScoped
class Indexer {

    static final int BATCH = 500;

    @Inject
    SearchIndex index;

    @Inject
    Instance<SearchSource> sources;

    @Inject
    TenantRegistry tenants;

    @PersistenceContext(unitName = Multitenancy.PERSISTENCE_UNIT)
    EntityManager em;

    /**
     * Indexes the oldest pending changes; the outbox rows go only after the index holding them is committed, so a
     * crash in between replays them (indexing is idempotent).
     *
     * @return how many changes were applied
     */
    @Transactional
    public int drain() {
        List<OutboxEntry> batch = em.createQuery("select e from OutboxEntry e order by e.createdAt",
                OutboxEntry.class).setMaxResults(BATCH).getResultList();
        if (batch.isEmpty()) {
            return 0;
        }
        try {
            Set<String> seen = new LinkedHashSet<>();
            for (OutboxEntry entry : batch) {
                if (seen.add(entry.tenant().value() + "/" + entry.kind() + "/" + entry.itemId())) {
                    apply(entry.tenant(), entry.kind(), entry.itemId());
                }
            }
            index.commitAndRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        batch.forEach(em::remove);
        return batch.size();
    }

    private void apply(TenantId tenant, ItemKind kind, String id) throws IOException {
        Optional<SearchItem> item = source(kind).flatMap(s -> s.load(tenant, id));
        if (item.isPresent()) {
            index.put(IndexFields.uid(tenant, kind, id), IndexFields.toDocument(item.get(), sector(tenant), 0));
        } else {
            index.delete(IndexFields.uid(tenant, kind, id));
        }
    }

    /**
     * Writes every item of the tenant again, stamped with a new generation, then drops what was not written: the
     * tenant stays searchable throughout.
     */
    @Transactional
    public long rebuild(TenantId tenant, AtomicLong indexed) {
        long generation = System.nanoTime();
        String sector = sector(tenant);
        long before = indexed.get();
        try {
            for (SearchSource source : sources) {
                source.forEach(tenant, item -> {
                    try {
                        index.put(IndexFields.uid(item.tenant(), item.kind(), item.id()),
                                IndexFields.toDocument(item, sector, generation));
                        indexed.incrementAndGet();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            index.deleteOlderThan(tenant, generation);
            index.commitAndRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return indexed.get() - before;
    }

    /** Every tenant, read in a transaction: the rebuild runs on a managed thread with no request around it. */
    @Transactional
    public List<TenantId> allTenants() {
        return tenants.list().stream().map(t -> t.id()).toList();
    }

    @Transactional
    public long pending() {
        return em.createQuery("select count(e) from OutboxEntry e", Long.class).getSingleResult();
    }

    private Optional<SearchSource> source(ItemKind kind) {
        return sources.stream().filter(s -> s.kind() == kind).findFirst();
    }

    private String sector(TenantId tenant) {
        return tenants.find(tenant).map(t -> t.sector().name()).orElse(null);
    }
}
