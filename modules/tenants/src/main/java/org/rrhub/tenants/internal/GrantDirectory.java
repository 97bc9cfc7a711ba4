package org.rrhub.tenants.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The unrevoked review grants each reviewer holds, as every search and every reviewer's request reads them: kept in
 * memory instead of a query per request. Periods are kept, not the answer for one day, so a grant starts and ends
 * on its dates without a change being heard of. A grant or revocation made on this node is seen by the next request
 * once its transaction has ended; one made on another node within {@link #MAX_AGE}, as for the
 * {@link TenantDirectory} (decision 0018).
 *
 * <p>Granting and revoking never decide on what is kept here: they read and write the table itself.
 */
@ApplicationScoped
class GrantDirectory {

    static final Duration MAX_AGE = Duration.ofSeconds(5);
    /** Reviewers kept at most; past this everything kept is dropped, and read again as needed. */
    static final int MAX_REVIEWERS = 10_000;

    @Inject
    ReviewGrantRepository grants;

    Clock clock = Clock.systemUTC();

    private final Map<String, Held> held = new ConcurrentHashMap<>();
    /** Counts changes, so grants read while a change committed are not kept as if they were newer. */
    private final AtomicLong changes = new AtomicLong();

    private record Held(List<HeldGrant> grants, Instant readAt, long changesSeen) {
    }

    /**
     * The reviewer's grants neither revoked nor ended before {@code today}: what is kept stays right on later days,
     * which only end more of them.
     */
    List<HeldGrant> unrevokedOf(String reviewer, LocalDate today) {
        Held kept = held.get(reviewer);
        Instant now = clock.instant();
        if (kept != null && kept.changesSeen() == changes.get() && !kept.readAt().plus(MAX_AGE).isBefore(now)) {
            return kept.grants();
        }
        long seen = changes.get();
        List<HeldGrant> read = List.copyOf(grants.unrevokedOf(reviewer, today));
        if (changes.get() == seen) {
            if (held.size() >= MAX_REVIEWERS) {
                held.clear();
            }
            held.put(reviewer, new Held(read, now, seen));
        }
        return read;
    }

    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) GrantsChanged change) {
        changes.incrementAndGet();
        held.clear();
    }
}
