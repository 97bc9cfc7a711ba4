package org.rrhub.search.internal;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
 * Keeps the index current: every 200 ms the outbox is drained (so a change is searchable well within a second); on
 * start an empty, damaged or outdated index is rebuilt from the database while searches go on, and every half minute
 * ({@code rrhub.index.check-seconds}), or when indexing fails, the index is checked and a damaged one replaced and
 * rebuilt.
 * Starts after the demo data.
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

    /** How often the index's files are checked while the application runs (seconds). */
    @Inject
    @ConfigProperty(name = "rrhub.index.check-seconds", defaultValue = "30")
    long checkSeconds;

    private ScheduledFuture<?> draining;
    private ScheduledFuture<?> checking;
    private final AtomicBoolean rebuildRunning = new AtomicBoolean();
    /** A rebuild of the whole index asked for while another rebuild ran: it runs next. */
    private final AtomicBoolean wholeIndexWanted = new AtomicBoolean();
    private final AtomicLong indexed = new AtomicLong();
    private volatile String rebuildScope = "";

    void startOnReady(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) ApplicationReady event) {
        if (index.needsRebuild()) {
            rebuild(null);
        }
        draining = executor.scheduleWithFixedDelay(this::drainQuietly, 200, 200, TimeUnit.MILLISECONDS);
        checking = executor.scheduleWithFixedDelay(this::check, checkSeconds, checkSeconds, TimeUnit.SECONDS);
    }

    private void drainQuietly() {
        try {
            while (indexer.drain() == Indexer.BATCH) {
                // A backlog (after a crash or a bulk change) is worked off batch by batch.
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Indexing pending changes failed; they stay in the outbox and are retried", e);
            check();
        }
    }

    /**
     * A damaged index (its directory deleted, a file of its last commit missing or cut short) is replaced by an empty
     * one and rebuilt from the database; a rebuild of the whole index that failed is tried again.
     */
    void check() {
        try {
            if (!index.isIntact()) {
                LOG.warning("The search index is damaged: it is replaced and rebuilt from the database");
                index.replaceDamaged();
                rebuild(null);
            } else if (index.needsRebuild() && !rebuildRunning.get()) {
                rebuild(null);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Checking the search index failed", e);
        }
    }

    @Override
    public void rebuild(TenantId tenant) {
        if (!rebuildRunning.compareAndSet(false, true)) {
            if (tenant == null) {
                wholeIndexWanted.set(true);
            }
            return;
        }
        indexed.set(0);
        rebuildScope = tenant == null ? "all organisations" : tenant.value();
        index.rebuildStarted();
        executor.submit(() -> {
            boolean done = false;
            try {
                List<TenantId> targets = tenant != null ? List.of(tenant) : indexer.allTenants();
                for (TenantId t : targets) {
                    indexer.rebuild(t, indexed);
                }
                done = true;
                LOG.info(() -> "Search index rebuilt for " + rebuildScope + ": " + indexed.get() + " items");
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Rebuilding the search index failed", e);
            } finally {
                // A replacement of the index during this rebuild asked for another: until it has run, it is not done.
                index.rebuildFinished(done && tenant == null && !wholeIndexWanted.get());
                rebuildRunning.set(false);
            }
            if (wholeIndexWanted.getAndSet(false)) {
                rebuild(null);
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
        if (checking != null) {
            checking.cancel(false);
        }
    }
}
