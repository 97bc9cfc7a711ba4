package org.rrhub.tenants.internal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rrhub.core.api.TenantId;
import org.rrhub.tenants.api.Sector;
import org.rrhub.tenants.api.TenantSummary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The directory answers from memory, and never keeps a snapshot older than a change it has heard of. */
class TenantDirectoryTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    private final List<Tenant> table = new ArrayList<>();
    private int reads;
    private Runnable duringRead = () -> { };
    private TenantDirectory directory;

    @BeforeEach
    void directory() {
        directory = new TenantDirectory();
        directory.tenants = new TenantRepository() {
            @Override
            List<Tenant> all() {
                reads++;
                List<Tenant> copy = List.copyOf(table);
                duringRead.run();
                return copy;
            }
        };
        directory.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        table.add(tenant("northfield", "Northfield Trust"));
    }

    @Test
    void answersFromOneReadUntilTheSnapshotIsOlderThanItsMaximumAge() {
        assertThat(directory.find(TenantId.of("northfield"))).map(TenantSummary::name).contains("Northfield Trust");
        assertThat(directory.all()).hasSize(1);
        assertThat(directory.find(TenantId.of("willow-house"))).isEmpty();
        assertThat(reads).isEqualTo(1);

        table.add(tenant("willow-house", "Willow House"));
        directory.clock = Clock.fixed(NOW.plus(TenantDirectory.MAX_AGE), ZoneOffset.UTC);
        assertThat(directory.find(TenantId.of("willow-house"))).as("not yet older than the maximum age").isEmpty();
        directory.clock = Clock.fixed(NOW.plus(TenantDirectory.MAX_AGE).plus(Duration.ofMillis(1)), ZoneOffset.UTC);
        assertThat(directory.find(TenantId.of("willow-house"))).as("a change made on another node").isPresent();
        assertThat(reads).isEqualTo(2);
    }

    @Test
    void aChangeOnThisNodeIsSeenAtTheNextRead() {
        directory.all();
        table.add(tenant("willow-house", "Willow House"));
        directory.changed(new TenantsChanged(TenantId.of("willow-house")));
        assertThat(directory.find(TenantId.of("willow-house"))).isPresent();
        assertThat(reads).isEqualTo(2);
    }

    @Test
    void aSnapshotReadWhileAChangeEndedIsUsedOnceButNotKept() {
        duringRead = () -> directory.changed(new TenantsChanged(TenantId.of("willow-house")));
        assertThat(directory.all()).hasSize(1);
        duringRead = () -> { };
        table.add(tenant("willow-house", "Willow House"));
        assertThat(directory.all()).as("read again, not served from the racing read").hasSize(2);
        assertThat(reads).isEqualTo(2);
    }

    private static Tenant tenant(String id, String name) {
        return new Tenant(TenantId.of(id), name, Sector.NHS_TRUST, "kc-" + id, NOW);
    }
}
