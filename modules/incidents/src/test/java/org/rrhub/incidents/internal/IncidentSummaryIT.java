package org.rrhub.incidents.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rrhub.core.api.TenantId;
import org.rrhub.incidents.api.CountCell;
import org.rrhub.incidents.api.IncidentCsvReader;
import org.rrhub.incidents.api.IncidentRecord;
import org.rrhub.incidents.api.IndicatorCounts;
import org.rrhub.incidents.api.InsightFilter;
import org.rrhub.incidents.api.InterventionType;
import org.rrhub.incidents.api.ReadResult;
import org.rrhub.persistence.api.SchemaMigrations;
import org.rrhub.persistence.testing.TestDatabases;
import org.rrhub.persistence.testing.TestDatabases.TestDatabase;
import org.rrhub.tenants.internal.TenantsSchema;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rrhub.incidents.api.InterventionType.ENHANCED_OBSERVATION;
import static org.rrhub.incidents.api.InterventionType.MECHANICAL_RESTRAINT;
import static org.rrhub.incidents.api.InterventionType.PHYSICAL_RESTRAINT;
import static org.rrhub.incidents.api.InterventionType.SECLUSION;

/**
 * The monthly summary on H2 and PostgreSQL, through the module's mappings and migrations: an import and a re-import
 * whose corrections move incidents to another month, ward and type give the figures worked out by hand below, the
 * same as a GROUP BY straight over {@code incident}; a rolled-back import leaves them alone; another provider's
 * figures stay its own; and the migration summarises incidents stored before it.
 */
class IncidentSummaryIT {

    private static final TenantId NORTHFIELD = TenantId.of("northfield");
    private static final TenantId WILLOW = TenantId.of("willow-house");

    private static final String HEADER = "external_reference,started_at,service,ward,type,position,duration_minutes,"
            + "age_band,gender,ethnic_group,person_injured,staff_injured,medical_review_at,debrief_offered,"
            + "debrief_held,views_sought_at";

    /** Minutes to the medical review and hours to the person's views are in the comments. */
    private static final String NORTHFIELD_FIRST = String.join("\r\n", HEADER,
            "N-1,2025-01-10T10:00,Adult acute,Oak Ward,physical_restraint,prone,3,18_24,male,white,no,no,"
                    + "2025-01-10T10:45,yes,yes,2025-01-11T10:00",                                 // 45 min, 24 h
            "N-2,2025-01-20T22:00,Adult acute,Oak Ward,physical_restraint,supine,12,25_34,female,white,no,no,"
                    + "2025-01-20T23:30,yes,no,2025-01-24T22:00",                                  // 90 min, 96 h
            "N-3,2025-01-25T08:00,Adult acute,Ash Ward,seclusion,,240,25_34,male,black,no,no,,no,no,",
            "N-4,2025-02-03T14:00,Adult acute,Oak Ward,physical_restraint,prone,6,35_44,male,asian,no,yes,"
                    + "2025-02-03T14:30,yes,yes,2025-02-04T14:00",                                 // 30 min, 24 h
            "N-5,2025-02-14T09:00,Adult acute,Ash Ward,rapid_tranquillisation,,1,18_24,female,mixed,no,no,"
                    + "2025-02-14T09:20,yes,yes,2025-02-17T09:00",                                 // 20 min, 72 h
            "N-6,2025-02-28T23:50,Adult acute,Ash Ward,mechanical_restraint,,20,45_54,male,white,no,no,"
                    + "2025-03-01T00:40,no,no,",                                                   // 50 min
            "N-7,2025-03-05T12:00,Adult acute,Oak Ward,physical_restraint,seated,8,25_34,female,white,no,no,,"
                    + "yes,no,2025-03-09T12:00",                                                   // 96 h
            "N-8,2025-03-15T16:00,Adult acute,Ash Ward,enhanced_observation,,180,55_64,male,white,no,no,,yes,yes,"
                    + "2025-03-16T16:00");                                                         // 24 h

    /**
     * Corrections sent later, only of the rows that changed: N-2 moves from January to April (reviewed in 40 minutes,
     * views in 24 hours), N-3 from Ash Ward to Oak Ward, N-5 from rapid tranquillisation to physical restraint, N-8
     * from March to June, so March changes although no row of this extract is in it; N-9 is new.
     */
    private static final String NORTHFIELD_CORRECTIONS = String.join("\r\n", HEADER,
            "N-2,2025-04-02T22:00,Adult acute,Oak Ward,physical_restraint,supine,12,25_34,female,white,no,no,"
                    + "2025-04-02T22:40,yes,no,2025-04-03T22:00",                                  // 40 min, 24 h
            "N-3,2025-01-25T08:00,Adult acute,Oak Ward,seclusion,,240,25_34,male,black,no,no,,no,no,",
            "N-5,2025-02-14T09:00,Adult acute,Ash Ward,physical_restraint,supine,1,18_24,female,mixed,no,no,"
                    + "2025-02-14T09:20,yes,yes,2025-02-17T09:00",
            "N-8,2025-06-15T16:00,Adult acute,Ash Ward,enhanced_observation,,180,55_64,male,white,no,no,,yes,yes,"
                    + "2025-06-16T16:00",                                                          // 24 h
            "N-9,2025-02-10T11:00,Adult acute,Oak Ward,physical_restraint,prone,15,18_24,male,white,no,no,"
                    + "2025-02-10T12:30,yes,yes,2025-02-12T11:00");                                // 90 min, 48 h

    /** Another provider, with two of the same references and one of the same ward names. */
    private static final String WILLOW_EXTRACT = String.join("\r\n", HEADER,
            "N-1,2025-01-12T09:00,Residential,Oak Ward,seclusion,,30,under_18,female,not_stated,no,no,,no,no,",
            "N-2,2025-02-02T19:00,Residential,Main house,physical_restraint,standing,4,under_18,male,white,no,no,"
                    + "2025-02-02T19:30,yes,yes,2025-02-03T19:00");                                // 30 min, 24 h

    private static final InsightFilter FIRST_HALF = new InsightFilter(YearMonth.of(2025, 1), YearMonth.of(2025, 6),
            null, null);
    /** Filters the summary must answer exactly as the rows do. */
    private static final List<InsightFilter> FILTERS = List.of(FIRST_HALF,
            new InsightFilter(YearMonth.of(2025, 2), YearMonth.of(2025, 3), null, null),
            new InsightFilter(FIRST_HALF.from(), FIRST_HALF.to(), "Ash Ward", null),
            new InsightFilter(FIRST_HALF.from(), FIRST_HALF.to(), null, PHYSICAL_RESTRAINT),
            new InsightFilter(YearMonth.of(2025, 2), YearMonth.of(2025, 3), "Oak Ward", PHYSICAL_RESTRAINT));

    @ParameterizedTest
    @ValueSource(strings = {"H2", "PostgreSQL"})
    void importsAndCorrectionsKeepTheSummaryEqualToTheIncidents(String kind) throws SQLException {
        try (TestDatabase db = TestDatabases.create(kind)) {
            SchemaMigrations.migrate(db.dataSource(), List.of(new TenantsSchema(), new IncidentsSchema()));
            ProviderUnit.insertTenants(db.dataSource(), List.of(NORTHFIELD, WILLOW));
            try (ProviderUnit unit = ProviderUnit.open(db.url(), db.user(), db.password(), true)) {
                assertThat(store(unit, NORTHFIELD, NORTHFIELD_FIRST)).isEqualTo(new IncidentStore.Stored(8, 0));
                assertThat(store(unit, WILLOW, WILLOW_EXTRACT)).isEqualTo(new IncidentStore.Stored(2, 0));
                assertThat(FigureSet.fromSummary(unit, NORTHFIELD, FIRST_HALF).counts()).containsExactlyInAnyOrder(
                        cell(1, "Oak Ward", PHYSICAL_RESTRAINT, 2), cell(1, "Ash Ward", SECLUSION, 1),
                        cell(2, "Oak Ward", PHYSICAL_RESTRAINT, 1), cell(2, "Ash Ward", MECHANICAL_RESTRAINT, 1),
                        cell(2, "Ash Ward", InterventionType.RAPID_TRANQUILLISATION, 1),
                        cell(3, "Oak Ward", PHYSICAL_RESTRAINT, 1), cell(3, "Ash Ward", ENHANCED_OBSERVATION, 1));

                assertThat(store(unit, NORTHFIELD, NORTHFIELD_CORRECTIONS)).isEqualTo(new IncidentStore.Stored(1, 4));
                assertNorthfieldAsCorrected(unit);
                assertWillowsOwn(unit);
                assertSummaryEqualsIncidents(unit, new FiguresFromRows(db), NORTHFIELD);
                assertSummaryEqualsIncidents(unit, new FiguresFromRows(db), WILLOW);

                // All or nothing: a re-import that rolls back leaves the summary as it was.
                unit.inTenant(NORTHFIELD, em -> {
                    em.getTransaction().begin();
                    IncidentStore.incidents(em, UUID.randomUUID().toString(),
                            read(NORTHFIELD_FIRST.replace("N-1,2025-01-10T10:00,Adult acute,Oak Ward",
                                    "N-1,2025-01-10T10:00,Adult acute,Ash Ward")), rows -> { });
                    em.getTransaction().rollback();
                    return null;
                });
                assertNorthfieldAsCorrected(unit);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"H2", "PostgreSQL"})
    void theMigrationSummarisesTheIncidentsStoredBeforeIt(String kind) throws SQLException {
        try (TestDatabase db = TestDatabases.create(kind)) {
            SchemaMigrations.migrate(db.dataSource(), List.of(new TenantsSchema()));
            SchemaMigrations.migrateTo(db.dataSource(), new IncidentsSchema(), "1");
            ProviderUnit.insertTenants(db.dataSource(), List.of(NORTHFIELD, WILLOW));
            try (ProviderUnit unit = ProviderUnit.open(db.url(), db.user(), db.password(), true)) {
                // Stored as the import stored them before there was a summary.
                Map<TenantId, List<IncidentRecord>> stored = Map.of(NORTHFIELD, northfieldAsCorrected(),
                        WILLOW, read(WILLOW_EXTRACT));
                stored.forEach((tenant, records) -> unit.inTransaction(tenant, em -> {
                    records.forEach(record -> em.persist(new Incident(record, "before-the-summary")));
                    return null;
                }));

                SchemaMigrations.migrate(db.dataSource(), List.of(new TenantsSchema(), new IncidentsSchema()));

                assertNorthfieldAsCorrected(unit);
                assertWillowsOwn(unit);
                assertSummaryEqualsIncidents(unit, new FiguresFromRows(db), NORTHFIELD);
                assertSummaryEqualsIncidents(unit, new FiguresFromRows(db), WILLOW);
            }
        }
    }

    /** Northfield after the corrections, worked out by hand from NORTHFIELD_FIRST and NORTHFIELD_CORRECTIONS. */
    private static void assertNorthfieldAsCorrected(ProviderUnit unit) {
        FigureSet figures = FigureSet.fromSummary(unit, NORTHFIELD, FIRST_HALF);
        assertThat(figures.counts()).containsExactlyInAnyOrder(
                cell(1, "Oak Ward", PHYSICAL_RESTRAINT, 1), cell(1, "Oak Ward", SECLUSION, 1),
                cell(2, "Oak Ward", PHYSICAL_RESTRAINT, 2), cell(2, "Ash Ward", PHYSICAL_RESTRAINT, 1),
                cell(2, "Ash Ward", MECHANICAL_RESTRAINT, 1), cell(3, "Oak Ward", PHYSICAL_RESTRAINT, 1),
                cell(4, "Oak Ward", PHYSICAL_RESTRAINT, 1), cell(6, "Ash Ward", ENHANCED_OBSERVATION, 1));
        assertThat(figures.by(Dimension.AGE_BAND)).isEqualTo(Map.of(
                "AGE_18_24", 3L, "AGE_25_34", 3L, "AGE_35_44", 1L, "AGE_45_54", 1L, "AGE_55_64", 1L));
        assertThat(figures.by(Dimension.GENDER)).isEqualTo(Map.of("MALE", 6L, "FEMALE", 3L));
        assertThat(figures.by(Dimension.ETHNIC_GROUP)).isEqualTo(Map.of(
                "WHITE", 6L, "BLACK", 1L, "ASIAN", 1L, "MIXED", 1L));
        assertThat(figures.by(Dimension.DURATION_BAND)).isEqualTo(Map.of(
                "MINUTES_0_4", 2L, "MINUTES_5_9", 2L, "MINUTES_10_14", 1L, "MINUTES_15_29", 2L,
                "MINUTES_120_PLUS", 2L));
        assertThat(figures.by(Dimension.POSITION)).isEqualTo(Map.of("PRONE", 3L, "SUPINE", 2L, "SEATED", 1L));
        assertThat(figures.prone()).isEqualTo(Map.of(202501, 1L, 202502, 2L));
        // Restraints N-1, 2, 4, 5, 6, 7, 9; reviewed within the hour N-1, 2, 4, 5, 6; offered all but N-3 and N-6;
        // held N-1, 4, 5, 8, 9; views within 72 hours N-1, 2, 4, 5, 8, 9.
        assertThat(figures.indicators()).isEqualTo(new IndicatorCounts(7, 5, 9, 7, 5, 6, 72))
                .isEqualTo(IndicatorCounts.tally(northfieldAsCorrected(), IncidentSummary.VIEWS_WITHIN_HOURS));
        assertThat(figures.wards()).containsExactly("Ash Ward", "Oak Ward");

        InsightFilter ashWard = new InsightFilter(FIRST_HALF.from(), FIRST_HALF.to(), "Ash Ward", null);
        assertThat(FigureSet.fromSummary(unit, NORTHFIELD, ashWard).indicators())
                .isEqualTo(new IndicatorCounts(2, 2, 3, 2, 2, 2, 72));
        InsightFilter physical = new InsightFilter(FIRST_HALF.from(), FIRST_HALF.to(), null, PHYSICAL_RESTRAINT);
        assertThat(FigureSet.fromSummary(unit, NORTHFIELD, physical).by(Dimension.AGE_BAND)).isEqualTo(Map.of(
                "AGE_18_24", 3L, "AGE_25_34", 2L, "AGE_35_44", 1L));
    }

    /** Willow House sees its two incidents only, whatever Northfield imported with the same references and wards. */
    private static void assertWillowsOwn(ProviderUnit unit) {
        FigureSet figures = FigureSet.fromSummary(unit, WILLOW, FIRST_HALF);
        assertThat(figures.counts()).containsExactlyInAnyOrder(
                cell(1, "Oak Ward", SECLUSION, 1), cell(2, "Main house", PHYSICAL_RESTRAINT, 1));
        assertThat(figures.by(Dimension.AGE_BAND)).isEqualTo(Map.of("UNDER_18", 2L));
        assertThat(figures.prone()).isEmpty();
        assertThat(figures.indicators()).isEqualTo(new IndicatorCounts(1, 1, 2, 1, 1, 1, 72));
        assertThat(figures.wards()).containsExactly("Main house", "Oak Ward");
    }

    /** Every figure of every filter, from the summary, equals the same figure counted straight from the rows. */
    private static void assertSummaryEqualsIncidents(ProviderUnit unit, FiguresFromRows rows, TenantId tenant) {
        for (InsightFilter filter : FILTERS) {
            assertThat(FigureSet.fromSummary(unit, tenant, filter)).as("%s, %s", tenant, filter)
                    .isEqualTo(rows.figures(tenant, filter));
        }
    }

    private static IncidentStore.Stored store(ProviderUnit unit, TenantId tenant, String csv) {
        return unit.inTransaction(tenant, em -> IncidentStore.incidents(em, UUID.randomUUID().toString(),
                read(csv), rows -> { }));
    }

    /** What Northfield's incidents are once the corrections replace the rows of the same reference. */
    private static List<IncidentRecord> northfieldAsCorrected() {
        Map<String, IncidentRecord> byReference = new LinkedHashMap<>();
        Stream.of(NORTHFIELD_FIRST, NORTHFIELD_CORRECTIONS).flatMap(csv -> read(csv).stream())
                .forEach(record -> byReference.put(record.externalReference(), record));
        return List.copyOf(byReference.values());
    }

    private static List<IncidentRecord> read(String csv) {
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        ReadResult<IncidentRecord> result = new IncidentCsvReader(clock)
                .read(new ByteArrayInputStream((csv + "\r\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(result.problems()).isEmpty();
        return result.records();
    }

    private static CountCell cell(int month, String ward, InterventionType type, long count) {
        return new CountCell(YearMonth.of(2025, month), ward, type, count);
    }
}
