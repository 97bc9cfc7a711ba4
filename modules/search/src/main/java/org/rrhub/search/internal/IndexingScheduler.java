package org.rrhub.search.internal;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.rrhub.core.api.ApplicationReady;
import org.rrhub.core.api.TenantId;
import org.rrhub.search.api.SearchIndexAdmin;

import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the index current: every 200 ms the outbox is drained (so a change is searchable well within a second), and
 * on start an empty or damaged index is rebuilt from the database while searches go on. Starts after the demo data.
 */
@ApplicationScoped
class IndexingScheduler implements SearchIndexAdmin {

    private static final Logger LOG = Logger.getLogger(IndexingScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    Indexer indexer;

    @Inject
    SearchIndex index;

    private ScheduledFuture<?> draining;
    private final AtomicBoolean rebuildRunning = new AtomicBoolean();
    private final AtomicLong indexed = new AtomicLong();
    private volatile String rebuildScope = "";

    void startOnReady(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) ApplicationReady event) {
        if (index.needsRebuild()) {
            rebuild(null);
        }
        draining = executor.scheduleWithFixedDelay(this::drainQuietly, 200, 200, TimeUnit.MILLISECONDS);
    }

    private void drainQuietly() {
        try {
            while (indexer.drain() == Indexer.BATCH) {
                // A backlog (after a crash or a bulk change) is worked off batch by batch.
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Indexing pending changes failed; they stay in the outbox and are retried", e);
        }
    }

    @Override
    public void rebuild(TenantId tenant) {
        if (!rebuildRunning.compareAndSet(false, true)) {
            return;
        }
        indexed.set(0);
        rebuildScope = tenant == null ? "all organisations" : tenant.value();
        index.rebuildStarted();
        executor.submit(() -> {
            try {
                List<TenantId> targets = tenant != null ? List.of(tenant) : indexer.allTenants();
                for (TenantId t : targets) {
                    indexer.rebuild(t, indexed);
                }
                LOG.info(() -> "Search index rebuilt for " + rebuildScope + ": " + indexed.get() + " items");
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Rebuilding the search index failed", e);
            } finally {
                index.rebuildFinished();
                rebuildRunning.set(false);
            }
        });
    }

    @Override
    public RebuildProgress progress() {
        return new RebuildProgress(rebuildRunning.get(), rebuildScope, indexed.get(), indexer.pending(),
                index.documents());
    }

    @PreDestroy
    void stop() {
        if (draining != null) {
            draining.cancel(false);
        }
    }
}
