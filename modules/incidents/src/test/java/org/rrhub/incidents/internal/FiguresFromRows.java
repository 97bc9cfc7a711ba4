package org.rrhub.incidents.internal;

import org.rrhub.core.api.TenantId;
import org.rrhub.incidents.api.CountCell;
import org.rrhub.incidents.api.IndicatorCounts;
import org.rrhub.incidents.api.InsightFilter;
import org.rrhub.incidents.api.InterventionType;
import org.rrhub.persistence.testing.TestDatabases.TestDatabase;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The insight's figures counted straight from a provider's {@code incident} rows with GROUP BY, as the dashboard read
 * them before there was a summary (decision 0017): what the summary must always agree with.
 */
final class FiguresFromRows {

    /** Where each dimension is stored, written out here rather than taken from the code under test. */
    private static final Map<Dimension, String> COLUMNS = Map.of(Dimension.AGE_BAND, "age_band",
            Dimension.GENDER, "gender", Dimension.ETHNIC_GROUP, "ethnic_group",
            Dimension.DURATION_BAND, "duration_band", Dimension.POSITION, "restraint_position");

    private final DataSource dataSource;

    FiguresFromRows(TestDatabase db) {
        this.dataSource = db.dataSource();
    }

    FigureSet figures(TenantId tenant, InsightFilter filter) {
        Map<Dimension, Map<String, Long>> byDimension = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            byDimension.put(dimension, countsBy(tenant, filter, dimension));
        }
        return new FigureSet(Set.copyOf(counts(tenant, filter)), byDimension, proneByMonth(tenant, filter),
                indicators(tenant, filter), wards(tenant));
    }

    private List<CountCell> counts(TenantId tenant, InsightFilter filter) {
        return query("SELECT started_month, ward, intervention_type, COUNT(*) FROM incident WHERE %s"
                        + " GROUP BY started_month, ward, intervention_type", tenant, filter,
                rs -> new CountCell(Months.of(rs.getInt(1)), rs.getString(2),
                        InterventionType.valueOf(rs.getString(3)), rs.getLong(4)));
    }

    private Map<String, Long> countsBy(TenantId tenant, InsightFilter filter, Dimension dimension) {
        String column = COLUMNS.get(dimension);
        Map<String, Long> counts = new HashMap<>();
        query("SELECT " + column + ", COUNT(*) FROM incident WHERE %s AND " + column + " IS NOT NULL GROUP BY "
                + column, tenant, filter, rs -> counts.put(rs.getString(1), rs.getLong(2)));
        return counts;
    }

    private Map<Integer, Long> proneByMonth(TenantId tenant, InsightFilter filter) {
        Map<Integer, Long> counts = new HashMap<>();
        query("SELECT started_month, COUNT(*) FROM incident WHERE %s AND restraint_position = 'PRONE'"
                + " GROUP BY started_month", tenant, filter, rs -> counts.put(rs.getInt(1), rs.getLong(2)));
        return counts;
    }

    private IndicatorCounts indicators(TenantId tenant, InsightFilter filter) {
        String restraint = "intervention_type IN ('PHYSICAL_RESTRAINT', 'MECHANICAL_RESTRAINT')";
        return query("SELECT SUM(CASE WHEN " + restraint + " THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN " + restraint + " AND medical_review_minutes <= 60 THEN 1 ELSE 0 END),"
                        + " COUNT(*), SUM(CASE WHEN debrief_offered THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN debrief_held THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN views_sought_hours <= 72 THEN 1 ELSE 0 END) FROM incident WHERE %s",
                tenant, filter, rs -> new IndicatorCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6), 72)).get(0);
    }

    /** Every ward with incidents, whatever the period (no bed days here), in name order. */
    private List<String> wards(TenantId tenant) {
        InsightFilter always = new InsightFilter(YearMonth.of(1900, 1), YearMonth.of(9999, 12), null, null);
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.addAll(query("SELECT DISTINCT ward FROM incident WHERE %s", tenant, always, rs -> rs.getString(1)));
        return List.copyOf(names);
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** The statement with the tenant and the filter put in for {@code %s}, one result per row. */
    private <T> List<T> query(String sql, TenantId tenant, InsightFilter filter, Row<T> row) {
        String where = "tenant_id = ? AND started_month BETWEEN ? AND ?"
                + (filter.ward() == null ? "" : " AND ward = ?")
                + (filter.type() == null ? "" : " AND intervention_type = ?");
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(
                sql.formatted(where))) {
            int p = 1;
            statement.setString(p++, tenant.value());
            statement.setInt(p++, Months.code(filter.from()));
            statement.setInt(p++, Months.code(filter.to()));
            if (filter.ward() != null) {
                statement.setString(p++, filter.ward());
            }
            if (filter.type() != null) {
                statement.setString(p, filter.type().name());
            }
            List<T> results = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    results.add(row.read(rs));
                }
            }
            return results;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
