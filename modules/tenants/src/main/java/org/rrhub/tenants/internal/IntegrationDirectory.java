package org.rrhub.tenants.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.rrhub.core.api.TenantId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The client ids of each organisation's integrations, as every integration's request asks them: kept in memory per
 * organisation instead of a query per request. Revoking deletes the row, so a revocation made on this node is seen
 * by the next request once its transaction has ended; one made on another node within {@link #MAX_AGE}, as for
 * the {@link TenantDirectory} (decision 0018).
 *
 * <p>Creating and revoking never decide on what is kept here: they read and write the table itself.
 */
@ApplicationScoped
class IntegrationDirectory {

    static final Duration MAX_AGE = Duration.ofSeconds(5);
    /** Organisations kept at most; past this everything kept is dropped, and read again as needed. */
    static final int MAX_TENANTS = 10_000;

    @Inject
    IntegrationClientIds clientIds;

    Clock clock = Clock.systemUTC();

    private record Held(Set<String> clientIds, Instant readAt, long changesSeen) {
    }

    private final Map<TenantId, Held> held = new ConcurrentHashMap<>();
    /** Counts changes, so client ids read while a change committed are not kept as if they were newer. */
    private final AtomicLong changes = new AtomicLong();

    boolean exists(TenantId tenant, String clientId) {
        return clientIdsOf(tenant).contains(clientId);
    }

    private Set<String> clientIdsOf(TenantId tenant) {
        Held kept = held.get(tenant);
        Instant now = clock.instant();
        if (kept != null && kept.changesSeen() == changes.get() && !kept.readAt().plus(MAX_AGE).isBefore(now)) {
            return kept.clientIds();
        }
        long seen = changes.get();
        Set<String> read = Set.copyOf(clientIds.of(tenant));
        if (changes.get() == seen) {
            if (held.size() >= MAX_TENANTS) {
                held.clear();
            }
            held.put(tenant, new Held(read, now, seen));
        }
        return read;
    }

    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) IntegrationsChanged change) {
        changes.incrementAndGet();
        held.clear();
    }
}
