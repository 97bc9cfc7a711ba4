package org.rrhub.tenants.internal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rrhub.core.api.TenantId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Grants are answered from memory per reviewer, never kept past a change heard of, nor past their maximum age. */
class GrantDirectoryTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private final List<HeldGrant> table = new ArrayList<>();
    private final List<String> reads = new ArrayList<>();
    private Runnable duringRead = () -> { };
    private GrantDirectory directory;

    @BeforeEach
    void directory() {
        directory = new GrantDirectory();
        directory.grants = new ReviewGrantRepository() {
            @Override
            List<HeldGrant> unrevokedOf(String reviewer, LocalDate day) {
                reads.add(reviewer);
                List<HeldGrant> found = table.stream().filter(g -> g.reviewer().equals(reviewer))
                        .filter(g -> !g.validUntil().isBefore(day)).toList();
                duringRead.run();
                return found;
            }
        };
        directory.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        table.add(grant("northfield", "rrn.reviewer"));
    }

    @Test
    void eachReviewersGrantsAreReadOnceUntilOlderThanTheMaximumAge() {
        assertThat(directory.unrevokedOf("rrn.reviewer", TODAY)).extracting(HeldGrant::tenant)
                .containsExactly(TenantId.of("northfield"));
        assertThat(directory.unrevokedOf("rrn.reviewer", TODAY)).hasSize(1);
        assertThat(directory.unrevokedOf("peer.reviewer", TODAY)).isEmpty();
        assertThat(reads).containsExactly("rrn.reviewer", "peer.reviewer");

        table.add(grant("willow-house", "rrn.reviewer"));
        directory.clock = Clock.fixed(NOW.plus(GrantDirectory.MAX_AGE), ZoneOffset.UTC);
        assertThat(directory.unrevokedOf("rrn.reviewer", TODAY)).as("not yet older than the maximum age").hasSize(1);
        directory.clock = Clock.fixed(NOW.plus(GrantDirectory.MAX_AGE).plus(Duration.ofMillis(1)), ZoneOffset.UTC);
        assertThat(directory.unrevokedOf("rrn.reviewer", TODAY)).as("a grant made on another node").hasSize(2);
    }

    @Test
    void aGrantOrRevocationOnThisNodeIsSeenAtTheNextRead() {
        directory.unrevokedOf("rrn.reviewer", TODAY);
        table.clear();
        directory.changed(new GrantsChanged());
        assertThat(directory.unrevokedOf("rrn.reviewer", TODAY)).as("revoked").isEmpty();
        assertThat(reads).hasSize(2);
    }

    @Test
    void grantsReadWhileAChangeEndedAreUsedOnceButNotKept() {
        duringRead = () -> directory.changed(new GrantsChanged());
        assertThat(directory.unrevokedOf("rrn.reviewer", TODAY)).hasSize(1);
        duringRead = () -> { };
        table.clear();
        assertThat(directory.unrevokedOf("rrn.reviewer", TODAY)).as("read again, not served from the racing read")
                .isEmpty();
    }

    @Test
    void pastItsLimitOfReviewersWhatIsKeptIsDroppedAndReadAgain() {
        for (int i = 0; i < GrantDirectory.MAX_REVIEWERS; i++) {
            directory.unrevokedOf("reviewer-" + i, TODAY);
        }
        directory.unrevokedOf("one.more", TODAY);
        reads.clear();
        directory.unrevokedOf("reviewer-0", TODAY);
        directory.unrevokedOf("one.more", TODAY);
        assertThat(reads).containsExactly("reviewer-0");
    }

    @Test
    void whetherAGrantIsCurrentIsDecidedByTheDayItIsReadOn() {
        HeldGrant grant = grant("northfield", "rrn.reviewer");
        assertThat(grant.isCurrent(grant.validFrom().minusDays(1))).isFalse();
        assertThat(grant.isCurrent(grant.validFrom())).isTrue();
        assertThat(grant.isCurrent(grant.validUntil())).isTrue();
        assertThat(grant.isCurrent(grant.validUntil().plusDays(1))).isFalse();
    }

    private static HeldGrant grant(String tenant, String reviewer) {
        return new HeldGrant(tenant + "/" + reviewer, TenantId.of(tenant), reviewer, TODAY.minusDays(10),
                TODAY.plusDays(30), "admin." + tenant, NOW.minus(Duration.ofDays(10)));
    }
}
