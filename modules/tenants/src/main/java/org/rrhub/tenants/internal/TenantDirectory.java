package org.rrhub.tenants.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.rrhub.core.api.TenantId;
import org.rrhub.tenants.api.TenantSummary;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The provider organisations as every request reads them (the access policy checks the caller's organisation is
 * active, searches and pages show names): a snapshot in memory instead of a query per request. A change made on
 * this node replaces it once its transaction has ended; a change made on another node is seen within
 * {@link #MAX_AGE}, when the snapshot is read again (decision 0018).
 *
 * <p>Writes never decide on this snapshot: registration and status changes read the table itself.
 */
@ApplicationScoped
class TenantDirectory {

    static final Duration MAX_AGE = Duration.ofSeconds(5);

    @Inject
    TenantRepository tenants;

    Clock clock = Clock.systemUTC();

    private volatile TenantSnapshot current;
    /** Counts changes, so a snapshot read while a change committed is not kept as if it were newer. */
    private final AtomicLong changes = new AtomicLong();

    Optional<TenantSummary> find(TenantId id) {
        return snapshot().find(id);
    }

    List<TenantSummary> all() {
        return snapshot().all();
    }

    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) TenantsChanged change) {
        changes.incrementAndGet();
        current = null;
    }

    private TenantSnapshot snapshot() {
        TenantSnapshot snapshot = current;
        if (snapshot != null && !snapshot.isOlderThan(MAX_AGE, clock.instant())) {
            return snapshot;
        }
        long seen = changes.get();
        TenantSnapshot read = TenantSnapshot.of(tenants.all().stream().map(Tenant::toSummary).toList(),
                clock.instant());
        if (changes.get() == seen) {
            current = read;
        }
        return read;
    }
}
