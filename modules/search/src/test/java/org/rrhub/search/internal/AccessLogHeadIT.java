package org.rrhub.search.internal;

import org.junit.jupiter.api.Test;
import org.rrhub.persistence.api.SchemaMigrations;
import org.rrhub.persistence.testing.TestDatabases;
import org.rrhub.persistence.testing.TestDatabases.TestDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each search by an inspector or reviewer first reads the head of the access log's chain: it must cost the same
 * however long the log has grown. H2's own count of the rows a statement read (EXPLAIN ANALYZE) shows it.
 */
class AccessLogHeadIT {

    private static final int ENTRIES = 2000;
    private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");

    @Test
    void theHeadOfTheChainIsReadWithoutReadingTheLog() throws SQLException {
        try (TestDatabase db = TestDatabases.create("H2")) {
            SchemaMigrations.migrate(db.dataSource(), List.of(new SearchSchema()));
            try (Connection c = db.dataSource().getConnection()) {
                fill(c);
                String plan = explain(c, AccessLogStore.HEAD_SQL);
                // The maximum from the index ("direct lookup"), then its row by the primary key: two rows at most.
                assertThat(plan).as(plan).contains("direct lookup").contains("PRIMARY_KEY");
                assertThat(scanned(plan)).as(plan).isBetween(0L, 2L);
                try (ResultSet head = c.createStatement().executeQuery(AccessLogStore.HEAD_SQL)) {
                    assertThat(head.next()).isTrue();
                    assertThat(head.getLong(1)).isEqualTo(ENTRIES);
                    assertThat(head.getString(2)).isEqualTo("h" + ENTRIES);
                }
                // What it replaced, for contrast: the first row of a descending order read every entry.
                String before = explain(c, "SELECT sequence_no, entry_hash FROM search_access_log "
                        + "ORDER BY sequence_no DESC FETCH FIRST 1 ROWS ONLY");
                assertThat(scanned(before)).as(before).isGreaterThanOrEqualTo(ENTRIES);
            }
        }
    }

    private static void fill(Connection c) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO search_access_log (sequence_no, occurred_at, "
                + "actor, role, purpose, action, query_text, tenants, previous_hash, entry_hash) "
                + "VALUES (?, ?, 'cqc.inspector', 'cqc-inspector', 'INS-1', 'search', 'restraint', ',northfield,', "
                + "?, ?)")) {
            for (int n = 1; n <= ENTRIES; n++) {
                insert.setLong(1, n);
                insert.setTimestamp(2, Timestamp.from(Instant.parse("2026-12-01T09:00:00Z").plusSeconds(n)));
                insert.setString(3, "h" + (n - 1));
                insert.setString(4, "h" + n);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static String explain(Connection c, String sql) throws SQLException {
        try (ResultSet plan = c.createStatement().executeQuery("EXPLAIN ANALYZE " + sql)) {
            plan.next();
            return plan.getString(1);
        }
    }

    private static long scanned(String plan) {
        Matcher m = SCAN_COUNT.matcher(plan);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }
}
