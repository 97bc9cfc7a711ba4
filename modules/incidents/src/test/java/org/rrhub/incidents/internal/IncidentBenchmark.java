package org.rrhub.incidents.internal;

import jakarta.persistence.EntityManager;
import org.postgresql.ds.PGSimpleDataSource;
import org.rrhub.core.api.TenantId;
import org.rrhub.incidents.api.BedDays;
import org.rrhub.incidents.api.IncidentCsvReader;
import org.rrhub.incidents.api.IncidentRecord;
import org.rrhub.incidents.api.InsightFilter;
import org.rrhub.incidents.api.InterventionType;
import org.rrhub.incidents.api.ReadResult;
import org.rrhub.incidents.api.RestraintPosition;
import org.rrhub.persistence.api.SchemaMigrations;
import org.rrhub.tenants.internal.TenantsSchema;

import javax.sql.DataSource;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The incident data benchmark (issue 7): a seeded synthetic extract of one large provider (default 1,000,000 rows)
 * and 20 small ones, read and checked by {@link IncidentCsvReader}, imported by {@link IncidentStore} in one
 * transaction (then re-imported, the upsert path) with EclipseLink's JDBC batch writing off and on, the time the
 * monthly summary's upkeep ({@link IncidentSummary}) takes inside each import shown, and the dashboard's reads of the
 * summary ({@link ProviderFigures}) timed; on an H2 file database and on PostgreSQL.
 *
 * <p>An import that runs past {@link #BUDGET} is stopped, rolled back and reported with a projection; the rows are
 * then written by IncidentStore's write loop without its lookup (labelled as such), so the re-import and the
 * dashboard are still measured on the full extract.
 *
 * <p>Run it with {@code ./rrhub bench-incidents [rows] [h2|postgresql]} (see docs/performance.md); both databases
 * unless one is named.
 */
public final class IncidentBenchmark {

    private static final long SEED = 20260701L;
    private static final int PEERS = 20;
    private static final int PEER_ROWS = 1000;
    private static final int ROUNDS = 20;
    private static final int WARM_UP = 3;
    /** Reads slower than this get 5 measured rounds after 1 warm-up, so a slow database still finishes in minutes. */
    private static final double SLOW_READ_MS = 2000;
    /**
     * How long one import may run before it is stopped: enough to show the trend, and the run ends the same day
     * (-Drrhub.bench.budget=seconds changes it).
     */
    private static final java.time.Duration BUDGET = java.time.Duration.ofSeconds(
            Long.getLong("rrhub.bench.budget", 300));

    /** Fixed, so "not in the future" passes the same way whatever day the benchmark runs. */
    private static final Clock CLOCK = Clock.fixed(LocalDateTime.of(2026, 2, 1, 0, 0)
            .atZone(ZoneId.of("Europe/London")).toInstant(), ZoneId.of("Europe/London"));

    private static final TenantId LARGE = TenantId.of("bench-large");
    private static final String PG_HOST = "127.0.0.1:5432";
    private static final String PG_DATABASE = "rrhub_incidents_bench";

    /** Held so the level set on them sticks: java.util.logging keeps loggers only weakly. */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.flywaydb"),
            Logger.getLogger(SchemaMigrations.class.getName()));

    private IncidentBenchmark() {
    }

    /** The extract as parsed, shared by both databases. */
    private record Extracts(List<IncidentRecord> large, List<BedDays> largeBedDays,
                            Map<TenantId, List<IncidentRecord>> peers, Map<TenantId, List<BedDays>> peerBedDays) {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        String only = args.length > 1 ? args[1].toLowerCase(java.util.Locale.ROOT) : "both";
        QUIET.forEach(logger -> logger.setLevel(Level.WARNING));
        Path dir = Files.createTempDirectory("rrhub-incidents-bench");
        try {
            System.out.printf("Incident data: %d rows for one provider (12 wards, 3 services, %s to %s) + %d providers"
                            + " x %d rows (seed %d)%n", rows, SyntheticIncidents.FIRST_MONTH,
                    SyntheticIncidents.LAST_MONTH, PEERS, PEER_ROWS, SEED);
            System.out.printf("Machine: %d cores, max heap %d MB, Java %s%n%n",
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                    System.getProperty("java.version"));
            long heapBefore = settledHeap();
            Extracts extracts = extracts(dir, rows);
            long extractHeap = settledHeap() - heapBefore;
            System.out.printf("Heap held by the parsed extracts: %d MB%n%n", extractHeap >> 20);

            if (!only.equals("postgresql")) {
                run(new H2Database(dir.resolve("h2")), extracts);
            }
            PostgresDatabase postgres = only.equals("h2") ? null : PostgresDatabase.reachable();
            if (only.equals("h2")) {
                System.out.println("PostgreSQL: not asked for");
            } else if (postgres == null) {
                System.out.println("PostgreSQL: not reachable on " + PG_HOST + ", skipped");
            } else {
                run(postgres, extracts);
            }
        } finally {
            deleteTree(dir);
        }
    }

    // ---------------------------------------------------------------- the extract

    /** Writes the CSV files to disk (as an upload is), reads them back through the product's reader. */
    private static Extracts extracts(Path dir, int rows) throws IOException {
        IncidentCsvReader reader = new IncidentCsvReader(CLOCK);
        Map<TenantId, List<IncidentRecord>> peers = new LinkedHashMap<>();
        Map<TenantId, List<BedDays>> peerBedDays = new LinkedHashMap<>();
        // The small providers are read first: they warm the reader up before the timed read. Each has three of the
        // large provider's ward names and the same references, so a query that ignored the tenant would show.
        for (int p = 1; p <= PEERS; p++) {
            List<SyntheticIncidents.Ward> wards = SyntheticIncidents.WARDS.subList(p % 9, p % 9 + 3);
            Path file = dir.resolve("peer-" + p + ".csv");
            SyntheticIncidents.writeExtract(file, wards, PEER_ROWS, SEED + p);
            peers.put(peer(p), read(reader, file, PEER_ROWS).records());
            peerBedDays.put(peer(p), SyntheticIncidents.bedDays(wards, SEED + p));
        }
        Path file = dir.resolve("large.csv");
        SyntheticIncidents.writeExtract(file, SyntheticIncidents.WARDS, rows, SEED);
        long start = System.nanoTime();
        ReadResult<IncidentRecord> large = read(reader, file, rows);
        double seconds = (System.nanoTime() - start) / 1e9;
        List<BedDays> bedDays = SyntheticIncidents.bedDays(SyntheticIncidents.WARDS, SEED);
        System.out.printf("Extract: %.1f MB CSV, %d bed-day rows; %s%n", Files.size(file) / 1e6, bedDays.size(),
                describe(large.records()));
        System.out.printf("Parse + validate (IncidentCsvReader): %d rows in %.1f s = %.0f rows/s%n", rows, seconds,
                rows / seconds);
        Files.delete(file);
        return new Extracts(large.records(), bedDays, peers, peerBedDays);
    }

    private static ReadResult<IncidentRecord> read(IncidentCsvReader reader, Path file, int rows) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            ReadResult<IncidentRecord> result = reader.read(in);
            if (!result.ok() || result.records().size() != rows) {
                throw new IllegalStateException("The synthetic extract should be valid: " + result.problems());
            }
            return result;
        }
    }

    /** The mix actually generated, so the figures can be judged against a realistic extract. */
    private static String describe(List<IncidentRecord> records) {
        long physical = records.stream().filter(r -> r.type() == InterventionType.PHYSICAL_RESTRAINT).count();
        long prone = records.stream().filter(r -> r.position() == RestraintPosition.PRONE).count();
        long restraints = records.stream().filter(r -> r.type().isRestraint()).count();
        long reviewed = records.stream().filter(r -> r.type().isRestraint() && r.minutesToMedicalReview() != null
                && r.minutesToMedicalReview() <= 60).count();
        int[] durations = records.stream().filter(r -> r.type() == InterventionType.PHYSICAL_RESTRAINT)
                .mapToInt(IncidentRecord::durationMinutes).sorted().toArray();
        return String.format("physical restraint %.0f%% (prone %.1f%% of them, median %d min), restraints reviewed"
                        + " within 1 h %.0f%%", 100.0 * physical / records.size(), 100.0 * prone / physical,
                durations[durations.length / 2], 100.0 * reviewed / restraints);
    }

    private static TenantId peer(int p) {
        return TenantId.of(String.format("bench-peer-%02d", p));
    }

    // ---------------------------------------------------------------- one database

    /**
     * Each batch-writing setting gets a fresh, empty database, so one setting's rows cannot slow the other's lookups;
     * the dashboard is read on the last one.
     */
    private static void run(Database db, Extracts extracts) throws Exception {
        System.out.printf("%n%s%n", db.name());
        for (boolean batch : List.of(false, true)) {
            db.create();
            SchemaMigrations.migrate(db.dataSource(), List.of(new TenantsSchema(), new IncidentsSchema()));
            List<TenantId> tenants = new ArrayList<>(List.of(LARGE));
            tenants.addAll(extracts.peers().keySet());
            ProviderUnit.insertTenants(db.dataSource(), tenants);
            try (ProviderUnit unit = ProviderUnit.open(db.url(), db.user(), "", batch)) {
                loadUntimed(unit, extracts);
                System.out.printf("  Batch writing %s%n", batch ? "JDBC, size 1000" : "off (EclipseLink's default)");
                imports(db, unit, extracts.large());
                if (batch) {
                    db.settle();
                    System.out.printf("  %s: %d MB%n", db.sizeLabel(), db.incidentBytes() >> 20);
                    System.out.printf("  Monthly summary of the large provider: %d cells, %d breakdown rows%n",
                            db.count("incident_summary", LARGE), db.count("incident_breakdown", LARGE));
                    dashboard(unit, extracts);
                }
            } finally {
                db.drop();
            }
        }
    }

    /** The small providers and every provider's bed days: there so tenant filtering has other rows to skip. */
    private static void loadUntimed(ProviderUnit unit, Extracts extracts) {
        extracts.peers().forEach((tenant, records) -> unit.inTransaction(tenant, em -> {
            IncidentStore.incidents(em, UUID.randomUUID().toString(), records, rows -> { });
            return IncidentStore.bedDays(em, UUID.randomUUID().toString(), extracts.peerBedDays().get(tenant),
                    rows -> { });
        }));
        unit.inTransaction(LARGE, em ->
                IncidentStore.bedDays(em, UUID.randomUUID().toString(), extracts.largeBedDays(), rows -> { }));
    }

    /**
     * The product's import of the large extract, then its re-import (every row then corrects a stored one), each in
     * one transaction as ImportWriter runs them. Each may take {@link #BUDGET}: past that it is stopped and rolled
     * back, and how far it got is reported with a projection. A stopped import is followed by IncidentStore's write
     * loop without its lookup, so the re-import and the dashboard still find every row.
     */
    private static void imports(Database db, ProviderUnit unit, List<IncidentRecord> records) throws Exception {
        long heapBefore = settledHeap();
        Attempt first = attempt(unit, records, "import (IncidentStore.incidents)", true);
        System.out.println("    " + first);
        if (!first.finished()) {
            System.out.println("    " + writesOnly(unit, records));
        }
        long heapAfter = settledHeap();
        System.out.printf("    heap used after the import: %d MB (before it: %d MB)%n", heapAfter >> 20,
                heapBefore >> 20);
        checkTenantFiltering(unit, records.size());
        // A provider re-imports a corrected extract some time later, by when the database has caught up with the
        // first import (PostgreSQL's autovacuum analyses a table within about a minute of a million new rows).
        db.settle();
        System.out.println("    " + attempt(unit, records, "re-import (IncidentStore.incidents, upsert)", false));
    }

    /** One provider's rows are its own: the large one sees exactly its extract, a small one its 1,000 rows. */
    private static void checkTenantFiltering(ProviderUnit unit, int rows) {
        long large = unit.inTenant(LARGE, em -> em.createQuery("select count(i) from Incident i", Long.class)
                .getSingleResult());
        long small = unit.inTenant(peer(1), em -> em.createQuery("select count(i) from Incident i", Long.class)
                .getSingleResult());
        if (large != rows || small != PEER_ROWS) {
            throw new IllegalStateException("Tenant filtering is broken: " + large + " and " + small + " rows");
        }
    }

    /** Thrown from the progress callback to stop an import that has used its budget; the transaction rolls back. */
    private static final class OverBudget extends RuntimeException {
        OverBudget() {
            super(null, null, false, false);
        }
    }

    /**
     * IncidentStore.incidents in one transaction, timed chunk by chunk (it reports progress after each chunk);
     * {@code growing} when the provider's stored rows grow during it (a first import), for the projection. What it
     * does after reporting its last chunk is the summary's upkeep, timed on its own as part of the import.
     */
    private static Attempt attempt(ProviderUnit unit, List<IncidentRecord> records, String what,
                                   boolean growing) {
        List<Double> chunkMs = new ArrayList<>();
        long start = System.nanoTime();
        long[] last = {start};
        LongConsumer progress = done -> {
            long now = System.nanoTime();
            chunkMs.add((now - last[0]) / 1e6);
            last[0] = now;
            tell(what, done, records.size(), start);
            if (now - start > BUDGET.toNanos() && done < records.size()) {
                throw new OverBudget();
            }
        };
        double[] summarySeconds = {Double.NaN};
        boolean finished = unit.inTenant(LARGE, em -> {
            em.getTransaction().begin();
            try {
                IncidentStore.incidents(em, UUID.randomUUID().toString(), records, progress);
            } catch (OverBudget stopped) {
                em.getTransaction().rollback();
                return false;
            }
            summarySeconds[0] = (System.nanoTime() - last[0]) / 1e9;
            em.getTransaction().commit();
            return true;
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Attempt(what, growing, records.size(),
                finished ? records.size() : chunkMs.size() * IncidentStore.CHUNK, seconds, summarySeconds[0],
                chunkMs);
    }

    /**
     * IncidentStore's write loop (persist a chunk, flush, clear, one transaction) without its per-chunk lookup of
     * stored references, then the summary's upkeep: what a first import costs when nothing has to be looked up. Not
     * the product's path.
     */
    private static String writesOnly(ProviderUnit unit, List<IncidentRecord> records) {
        long start = System.nanoTime();
        String importId = UUID.randomUUID().toString();
        unit.inTransaction(LARGE, em -> {
            ChangedMonths months = new ChangedMonths();
            for (int from = 0; from < records.size(); from += IncidentStore.CHUNK) {
                for (IncidentRecord record : records.subList(from, Math.min(records.size(),
                        from + IncidentStore.CHUNK))) {
                    em.persist(new Incident(record, importId));
                    months.added(record);
                }
                em.flush();
                em.clear();
                tell("writes only", from + IncidentStore.CHUNK, records.size(), start);
            }
            IncidentSummary.recompute(em, months);
            return null;
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        return String.format("%-44s %8d rows %7.1f s %7.0f rows/s", "writes only (its loop without the lookup)",
                records.size(), seconds, records.size() / seconds);
    }

    /** A line on stderr now and then, so a long import is seen to be moving; stdout stays the report. */
    private static void tell(String what, long done, int total, long start) {
        long every = Math.max(IncidentStore.CHUNK, total / 5 / IncidentStore.CHUNK * IncidentStore.CHUNK);
        if (done % every == 0 && done < total) {
            System.err.printf("      %s: %d of %d rows, %.0f s%n", what, done, total,
                    (System.nanoTime() - start) / 1e9);
        }
    }

    /**
     * How far one timed import got, with each 1,000-row chunk's time, so a slowdown shows as the chunks grow, and how
     * long the summary's upkeep took at its end (NaN when it was stopped before).
     */
    private record Attempt(String what, boolean growing, int total, int done, double seconds, double summarySeconds,
                           List<Double> chunkMs) {

        boolean finished() {
            return done == total;
        }

        @Override
        public String toString() {
            if (finished()) {
                return String.format("%-44s %8d rows %7.1f s %7.0f rows/s (of which the summary %.1f s)", what, total,
                        seconds, total / seconds, summarySeconds);
            }
            double projected = projectedSeconds();
            return String.format("%-44s STOPPED after %.0f s at %d rows (rolled back): a chunk took %.0f ms at first,"
                            + " %.0f ms at the end; all %d rows projected at %.0f min = %.0f rows/s", what, seconds,
                    done, average(0, 10), average(chunkMs.size() - 10, chunkMs.size()), total, projected / 60,
                    total / projected).replace(" projected at 0 min", " projected under a minute");
        }

        /** The mean of the chunks from {@code from} to {@code to}, as far as there are chunks. */
        private double average(int from, int to) {
            return chunkMs.subList(Math.max(0, from), Math.min(to, chunkMs.size())).stream()
                    .mapToDouble(Double::doubleValue).average().orElse(0);
        }

        private double projectedSeconds() {
            return ChunkProjection.seconds(chunkMs, (total + IncidentStore.CHUNK - 1) / IncidentStore.CHUNK, growing);
        }
    }

    // ---------------------------------------------------------------- the dashboard

    private static void dashboard(ProviderUnit unit, Extracts extracts) {
        InsightFilter year = InsightFilter.lastTwelveMonths(SyntheticIncidents.LAST_MONTH);
        InsightFilter ward = new InsightFilter(year.from(), year.to(), SyntheticIncidents.WARDS.get(0).name(), null);
        InsightFilter type = new InsightFilter(year.from(), year.to(), null, InterventionType.PHYSICAL_RESTRAINT);
        InsightFilter all = new InsightFilter(SyntheticIncidents.FIRST_MONTH, SyntheticIncidents.LAST_MONTH, null,
                null);
        double[] whole = latencies(() -> read(unit, year));
        report("Dashboard, last 12 months, whole provider", whole);
        report("Dashboard, last 12 months, one ward", latencies(() -> read(unit, ward)));
        report("Dashboard, last 12 months, physical restraint", latencies(() -> read(unit, type)));
        report("Dashboard, all 36 months, whole provider", latencies(() -> read(unit, all)));
        breakdown(unit, year, median(whole) > SLOW_READ_MS ? 5 : ROUNDS);
        // The benchmark reads each sharing peer's overall rate for the same period, whole provider (as
        // DefaultIncidentInsight does): one pass over the 20 small providers is timed as a whole.
        report("Benchmark peers: readOverall x " + PEERS + " (total)", latencies(() -> extracts.peers().keySet()
                .forEach(peer -> unit.inTenant(peer, em -> ProviderFigures.readOverall(em, year)))));
    }

    /** A fresh EntityManager per read, as the product's TenantEntityManagers gives each call. */
    private static ProviderFigures read(ProviderUnit unit, InsightFilter filter) {
        return unit.inTenant(LARGE, em -> ProviderFigures.read(em, filter));
    }

    /**
     * The queries inside one whole-provider read, timed one by one but run in turn as the read runs them (on H2 a
     * statement repeated alone could be answered from a cache; see {@link H2Database#url()}).
     */
    private static void breakdown(ProviderUnit unit, InsightFilter filter, int rounds) {
        InsightFilter withHistory = new InsightFilter(filter.from().minusMonths(3), filter.to(), null, null);
        Map<String, Consumer<EntityManager>> queries = new LinkedHashMap<>();
        queries.put("counts by month, ward, type (15 months)", em -> new IncidentFigures(em, withHistory).counts());
        queries.put("bed days (15 months)", em -> new IncidentFigures(em, withHistory).bedDays());
        for (Dimension dimension : Dimension.values()) {
            queries.put("counts by " + dimension, em -> new IncidentFigures(em, filter).countsBy(dimension));
        }
        queries.put("prone by month", em -> new IncidentFigures(em, filter).proneByMonth());
        queries.put("indicators", em -> new IncidentFigures(em, filter).indicators());
        queries.put("wards (all of the provider's)", em -> new IncidentFigures(em, filter).wards());
        Map<String, double[]> samples = new LinkedHashMap<>();
        queries.keySet().forEach(name -> samples.put(name, new double[rounds]));
        for (int round = -1; round < rounds; round++) {
            for (Map.Entry<String, Consumer<EntityManager>> query : queries.entrySet()) {
                long start = System.nanoTime();
                unit.inTenant(LARGE, em -> {
                    query.getValue().accept(em);
                    return null;
                });
                if (round >= 0) {
                    samples.get(query.getKey())[round] = (System.nanoTime() - start) / 1e6;
                }
            }
        }
        System.out.printf("    of which, last 12 months, whole provider (median of %d):%n", rounds);
        samples.forEach((name, ms) -> {
            Arrays.sort(ms);
            System.out.printf("      %-44s %8.1f ms%n", name, median(ms));
        });
    }

    /** 3 warm-ups and 20 measured runs; 1 and 5 when a run takes seconds. Sorted, for the median and p99. */
    private static double[] latencies(Runnable run) {
        long start = System.nanoTime();
        run.run();
        boolean slow = (System.nanoTime() - start) / 1e6 > SLOW_READ_MS;
        for (int i = 1; i < (slow ? 1 : WARM_UP); i++) {
            run.run();
        }
        double[] samples = new double[slow ? 5 : ROUNDS];
        for (int i = 0; i < samples.length; i++) {
            long began = System.nanoTime();
            run.run();
            samples[i] = (System.nanoTime() - began) / 1e6;
        }
        Arrays.sort(samples);
        return samples;
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    /** With 20 samples this is the slowest of them (and with 5, too). */
    private static double p99(double[] sorted) {
        return sorted[(int) Math.ceil(sorted.length * 0.99) - 1];
    }

    private static void report(String what, double[] samples) {
        System.out.printf("  %-48s median %8.1f ms  p99 %8.1f ms  (n=%d)%n", what, median(samples), p99(samples),
                samples.length);
    }

    // ---------------------------------------------------------------- plumbing

    private static long settledHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** A database the benchmark creates empty for each configuration and removes after it. */
    private interface Database {
        String name();

        String url();

        String user();

        DataSource dataSource();

        void create() throws Exception;

        void drop() throws Exception;

        long incidentBytes() throws Exception;

        /** The rows of one tenant in one of its tables. */
        default long count(String table, TenantId tenant) throws SQLException {
            try (Connection c = dataSource().getConnection();
                 var count = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE tenant_id = ?")) {
                count.setString(1, tenant.value());
                try (var rs = count.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }

        String sizeLabel();

        /** What the database would have done by itself shortly after a bulk change (statistics, clean-up). */
        void settle() throws Exception;
    }

    /** H2 in files, as the product runs embedded: the URL the launcher sets, no compatibility mode. */
    private static final class H2Database implements Database {
        private final Path dir;

        H2Database(Path dir) {
            this.dir = dir;
        }

        @Override
        public String name() {
            return "H2 " + org.h2.engine.Constants.VERSION
                    + " (file database, jdbc:h2:file:<temp dir>/rrhub;QUERY_CACHE_SIZE=0)";
        }

        /**
         * The product's URL (no compatibility mode, no options) with H2's statement cache off: with it, a statement
         * repeated unchanged on a connection with no write in between returns the previous result without running,
         * so repeated dashboard reads would time the cache rather than the query.
         */
        @Override
        public String url() {
            return "jdbc:h2:file:" + dir.resolve("rrhub") + ";QUERY_CACHE_SIZE=0";
        }

        @Override
        public String user() {
            return "sa";
        }

        @Override
        public DataSource dataSource() {
            org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
            ds.setURL(url());
            ds.setUser(user());
            ds.setPassword("");
            return ds;
        }

        @Override
        public void create() throws IOException {
            deleteTree(dir);
            Files.createDirectories(dir);
        }

        @Override
        public void drop() throws IOException {
            deleteTree(dir);
        }

        @Override
        public String sizeLabel() {
            return "Database file (all tables and indexes)";
        }

        /** The whole file: H2 keeps tables and indexes in one. */
        @Override
        public long incidentBytes() throws IOException {
            try (Stream<Path> files = Files.list(dir)) {
                return files.mapToLong(f -> f.toFile().length()).sum();
            }
        }

        @Override
        public void settle() {
            // H2 updates its statistics by itself as rows change.
        }
    }

    /** A fresh database on the local PostgreSQL (user postgres, trust authentication), dropped afterwards. */
    private static final class PostgresDatabase implements Database {
        private static final String ADMIN = "jdbc:postgresql://" + PG_HOST + "/postgres";
        private final String version;

        private PostgresDatabase(String version) {
            this.version = version;
        }

        static PostgresDatabase reachable() {
            try (Connection c = DriverManager.getConnection(ADMIN, "postgres", "")) {
                return new PostgresDatabase(c.getMetaData().getDatabaseProductVersion());
            } catch (SQLException e) {
                return null;
            }
        }

        @Override
        public String name() {
            return "PostgreSQL " + version + " (" + url() + ")";
        }

        @Override
        public String url() {
            return "jdbc:postgresql://" + PG_HOST + "/" + PG_DATABASE;
        }

        @Override
        public String user() {
            return "postgres";
        }

        @Override
        public DataSource dataSource() {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setUrl(url());
            ds.setUser(user());
            ds.setPassword("");
            return ds;
        }

        @Override
        public void create() throws SQLException {
            admin("DROP DATABASE IF EXISTS " + PG_DATABASE + " WITH (FORCE)");
            admin("CREATE DATABASE " + PG_DATABASE);
        }

        @Override
        public void drop() throws SQLException {
            admin("DROP DATABASE IF EXISTS " + PG_DATABASE + " WITH (FORCE)");
        }

        @Override
        public String sizeLabel() {
            return "Table incident with its indexes";
        }

        @Override
        public long incidentBytes() throws SQLException {
            try (Connection c = dataSource().getConnection(); Statement s = c.createStatement();
                 var rs = s.executeQuery("SELECT pg_total_relation_size('incident')")) {
                rs.next();
                return rs.getLong(1);
            }
        }

        /** Autovacuum analyses and vacuums tables within a minute or so of a million changed rows; done here. */
        @Override
        public void settle() throws SQLException {
            try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
                for (String table : List.of("incident", "bed_days", "incident_summary", "incident_breakdown")) {
                    s.execute("VACUUM ANALYZE " + table);
                }
            }
        }

        private static void admin(String sql) throws SQLException {
            try (Connection c = DriverManager.getConnection(ADMIN, "postgres", ""); Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }
    }
}
