package org.rrhub.tenants.internal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rrhub.core.api.TenantId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Integration client ids are answered from memory per organisation, never kept past a change or their age. */
class IntegrationDirectoryTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final TenantId NORTHFIELD = TenantId.of("northfield");
    private static final TenantId WILLOW = TenantId.of("willow-house");

    private final Map<TenantId, List<String>> table = new HashMap<>();
    private final List<TenantId> reads = new ArrayList<>();
    private Runnable duringRead = () -> { };
    private IntegrationDirectory directory;

    @BeforeEach
    void directory() {
        directory = new IntegrationDirectory();
        directory.clientIds = new IntegrationClientIds() {
            @Override
            List<String> of(TenantId tenant) {
                reads.add(tenant);
                List<String> found = List.copyOf(table.getOrDefault(tenant, List.of()));
                duringRead.run();
                return found;
            }
        };
        directory.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        table.put(NORTHFIELD, new ArrayList<>(List.of("rrhub-int-northfield-1")));
    }

    @Test
    void eachOrganisationsIntegrationsAreReadOnceUntilOlderThanTheMaximumAge() {
        assertThat(directory.exists(NORTHFIELD, "rrhub-int-northfield-1")).isTrue();
        assertThat(directory.exists(NORTHFIELD, "rrhub-int-northfield-2")).isFalse();
        assertThat(directory.exists(WILLOW, "rrhub-int-northfield-1")).as("another organisation's").isFalse();
        assertThat(reads).containsExactly(NORTHFIELD, WILLOW);

        table.get(NORTHFIELD).clear();
        directory.clock = Clock.fixed(NOW.plus(IntegrationDirectory.MAX_AGE), ZoneOffset.UTC);
        assertThat(directory.exists(NORTHFIELD, "rrhub-int-northfield-1")).as("not yet older than the maximum age")
                .isTrue();
        directory.clock = Clock.fixed(NOW.plus(IntegrationDirectory.MAX_AGE).plusMillis(1), ZoneOffset.UTC);
        assertThat(directory.exists(NORTHFIELD, "rrhub-int-northfield-1")).as("revoked on another node").isFalse();
    }

    @Test
    void aRevocationOnThisNodeIsSeenAtTheNextRequest() {
        assertThat(directory.exists(NORTHFIELD, "rrhub-int-northfield-1")).isTrue();
        table.get(NORTHFIELD).clear();
        directory.changed(new IntegrationsChanged());
        assertThat(directory.exists(NORTHFIELD, "rrhub-int-northfield-1")).isFalse();
        assertThat(reads).hasSize(2);
    }

    @Test
    void clientIdsReadWhileAChangeEndedAreUsedOnceButNotKept() {
        duringRead = () -> directory.changed(new IntegrationsChanged());
        assertThat(directory.exists(NORTHFIELD, "rrhub-int-northfield-1")).isTrue();
        duringRead = () -> { };
        table.get(NORTHFIELD).clear();
        assertThat(directory.exists(NORTHFIELD, "rrhub-int-northfield-1")).as("read again").isFalse();
    }

    @Test
    void pastItsLimitOfOrganisationsWhatIsKeptIsDropped() {
        for (int i = 0; i < IntegrationDirectory.MAX_TENANTS; i++) {
            directory.exists(TenantId.of("t" + i), "x");
        }
        directory.exists(NORTHFIELD, "rrhub-int-northfield-1");
        reads.clear();
        directory.exists(TenantId.of("t0"), "x");
        assertThat(reads).containsExactly(TenantId.of("t0"));
        directory.clock = Clock.fixed(NOW.plus(Duration.ofSeconds(1)), ZoneOffset.UTC);
        directory.exists(NORTHFIELD, "rrhub-int-northfield-1");
        assertThat(reads).as("kept since the memory started again").containsExactly(TenantId.of("t0"));
    }
}
