package org.rrhub.incidents.internal;

import org.junit.jupiter.api.Test;
import org.rrhub.core.api.TenantId;
import org.rrhub.incidents.api.AgeBand;
import org.rrhub.incidents.api.EthnicGroup;
import org.rrhub.incidents.api.Gender;
import org.rrhub.incidents.api.IncidentRecord;
import org.rrhub.incidents.api.InterventionType;
import org.rrhub.persistence.api.SchemaMigrations;
import org.rrhub.persistence.testing.TestDatabases;
import org.rrhub.persistence.testing.TestDatabases.TestDatabase;
import org.rrhub.tenants.internal.TenantsSchema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A re-import's lookup of the references it already holds (IncidentStore, a chunk at a time) reads only the rows it
 * looks up, on H2 too, where an IN list can use only an index's first column (V3): before, it read every row of the
 * provider for each chunk. H2's own count of the rows a statement read (EXPLAIN ANALYZE) shows it. PostgreSQL plans
 * the lookup on the key's two columns whatever their order.
 */
class ReferenceLookupIT {

    private static final TenantId NORTHFIELD = TenantId.of("northfield");
    private static final TenantId WILLOW = TenantId.of("willow-house");
    private static final int ROWS = 2000;
    private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");

    @Test
    void aChunksLookupReadsOnlyTheRowsOfItsReferencesOnH2() throws SQLException {
        try (TestDatabase db = TestDatabases.create("H2")) {
            SchemaMigrations.migrate(db.dataSource(), List.of(new TenantsSchema(), new IncidentsSchema()));
            ProviderUnit.insertTenants(db.dataSource(), List.of(NORTHFIELD, WILLOW));
            try (ProviderUnit unit = ProviderUnit.open(db.url(), db.user(), db.password(), true)) {
                assertThat(store(unit, NORTHFIELD)).isEqualTo(new IncidentStore.Stored(ROWS, 0));
                assertThat(store(unit, WILLOW)).isEqualTo(new IncidentStore.Stored(ROWS, 0));
                assertThat(store(unit, NORTHFIELD)).isEqualTo(new IncidentStore.Stored(0, ROWS));
            }

            List<String> chunk = IntStream.rangeClosed(1001, 1010).mapToObj(ReferenceLookupIT::reference).toList();
            // The lookup as EclipseLink writes it for the Incident entity: the references, then the tenant.
            String lookup = "SELECT id FROM incident WHERE external_reference IN ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ") AND tenant_id = ?";
            // Ten references, each held by both providers: 20 index entries and H2's last probe, not 2,000 rows.
            assertThat(rowsRead(db, lookup, chunk, NORTHFIELD)).isLessThanOrEqualTo(2L * chunk.size() + 1);
        }
    }

    private static IncidentStore.Stored store(ProviderUnit unit, TenantId tenant) {
        List<IncidentRecord> records = IntStream.rangeClosed(1, ROWS).mapToObj(n -> new IncidentRecord(reference(n),
                LocalDateTime.of(2025, 1, 1, 0, 0).plusHours(n), "Adult acute", "Oak Ward",
                InterventionType.SECLUSION, null, 30, AgeBand.AGE_25_34, Gender.FEMALE, EthnicGroup.WHITE, false,
                false, null, true, true, null)).toList();
        return unit.inTransaction(tenant, em -> IncidentStore.incidents(em, UUID.randomUUID().toString(),
                records, rows -> { }));
    }

    private static String reference(int n) {
        return String.format("INC-%05d", n);
    }

    private static long rowsRead(TestDatabase db, String sql, List<String> references, TenantId tenant)
            throws SQLException {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement explain = c.prepareStatement("EXPLAIN ANALYZE " + sql)) {
            for (int i = 0; i < references.size(); i++) {
                explain.setString(i + 1, references.get(i));
            }
            explain.setString(references.size() + 1, tenant.value());
            try (ResultSet plan = explain.executeQuery()) {
                plan.next();
                Matcher scanned = SCAN_COUNT.matcher(plan.getString(1));
                assertThat(scanned.find()).as("H2 reports the rows read: %s", plan.getString(1)).isTrue();
                return Long.parseLong(scanned.group(1));
            }
        }
    }
}
