package org.rrhub.tenants.internal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Access changes are read as one snapshot, dropped on a change on this node and read again past their age. */
class AccessChangeDirectoryTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    private final Map<String, Instant> table = new HashMap<>();
    private int reads;
    private Runnable duringRead = () -> { };
    private AccessChangeDirectory directory;

    @BeforeEach
    void directory() {
        directory = new AccessChangeDirectory();
        directory.store = new AccessChangeStore() {
            @Override
            Map<String, Instant> all() {
                reads++;
                Map<String, Instant> found = Map.copyOf(table);
                duringRead.run();
                return found;
            }
        };
        directory.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Test
    void oneReadAnswersEveryPersonUntilOlderThanTheMaximumAge() {
        table.put("u-1", NOW.minusSeconds(30));
        assertThat(directory.lastChangeOf("u-1")).contains(NOW.minusSeconds(30));
        assertThat(directory.lastChangeOf("u-2")).isEmpty();
        assertThat(reads).isEqualTo(1);

        table.put("u-2", NOW);
        directory.clock = Clock.fixed(NOW.plus(AccessChangeDirectory.MAX_AGE), ZoneOffset.UTC);
        assertThat(directory.lastChangeOf("u-2")).as("not yet older than the maximum age").isEmpty();
        directory.clock = Clock.fixed(NOW.plus(AccessChangeDirectory.MAX_AGE).plusMillis(1), ZoneOffset.UTC);
        assertThat(directory.lastChangeOf("u-2")).as("changed on another node").contains(NOW);
    }

    @Test
    void aChangeOnThisNodeIsSeenAtTheNextRequest() {
        assertThat(directory.lastChangeOf("u-1")).isEmpty();
        table.put("u-1", NOW);
        directory.changed(new AccessChanged());
        assertThat(directory.lastChangeOf("u-1")).contains(NOW);
    }

    @Test
    void aSnapshotReadWhileAChangeEndedIsUsedOnceButNotKept() {
        duringRead = () -> directory.changed(new AccessChanged());
        assertThat(directory.lastChangeOf("u-1")).isEmpty();
        duringRead = () -> { };
        table.put("u-1", NOW);
        assertThat(directory.lastChangeOf("u-1")).as("read again").contains(NOW);
    }

    @Test
    void onlyAChangeInALaterSecondThanTheTokensCounts() {
        Instant issued = Instant.parse("2026-12-01T09:00:12Z");
        assertThat(AccessChange.cameAfter(Instant.parse("2026-12-01T09:00:13.001Z"), issued)).isTrue();
        assertThat(AccessChange.cameAfter(Instant.parse("2026-12-01T09:00:12.700Z"), issued))
                .as("in the token's own second: the token may have seen it").isFalse();
        assertThat(AccessChange.cameAfter(Instant.parse("2026-12-01T09:00:11.999Z"), issued)).isFalse();
    }
}
