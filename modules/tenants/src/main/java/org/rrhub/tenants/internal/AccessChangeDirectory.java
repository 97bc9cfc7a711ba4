package org.rrhub.tenants.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The last change of each person's access, as every signed-in request asks it: the whole table in memory (a row
 * per person whose access was ever changed, a few bytes each) instead of a query per request. A change made on this
 * node is seen by the next request once its transaction has ended; one made on another node within
 * {@link #MAX_AGE}, as for the {@link TenantDirectory} (decision 0018).
 */
@ApplicationScoped
class AccessChangeDirectory {

    static final Duration MAX_AGE = Duration.ofSeconds(5);

    @Inject
    AccessChangeStore store;

    Clock clock = Clock.systemUTC();

    private record Snapshot(Map<String, Instant> lastChange, Instant readAt) {
    }

    private volatile Snapshot current;
    /** Counts changes, so a snapshot read while a change committed is not kept as if it were newer. */
    private final AtomicLong changes = new AtomicLong();

    Optional<Instant> lastChangeOf(String subject) {
        return Optional.ofNullable(snapshot().lastChange().get(subject));
    }

    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) AccessChanged change) {
        changes.incrementAndGet();
        current = null;
    }

    private Snapshot snapshot() {
        Snapshot snapshot = current;
        Instant now = clock.instant();
        if (snapshot != null && !snapshot.readAt().plus(MAX_AGE).isBefore(now)) {
            return snapshot;
        }
        long seen = changes.get();
        Snapshot read = new Snapshot(store.all(), now);
        if (changes.get() == seen) {
            current = read;
        }
        return read;
    }
}
