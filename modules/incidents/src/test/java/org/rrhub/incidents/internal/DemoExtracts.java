package org.rrhub.incidents.internal;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rrhub.incidents.api.CsvColumn;
import org.rrhub.incidents.api.ExtractKind;
import org.rrhub.incidents.api.IncidentCsvFormat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Writes the demo organisations' anonymised extracts under tenants/incidents (read at start by {@link DemoIncidents}),
 * seeded so every run writes the same bytes: {@code DemoExtractsTest} checks the committed files are these. Twelve
 * months to {@link #LAST_MONTH}; the demo moves them forward to the last complete month when it imports them.
 *
 * <p>Northfield: three wards of a mental-health trust, a few hundred interventions, more on the intensive care ward,
 * prone restraint falling over the year (its plan's first priority), and the gaps a real extract has: about a fifth
 * of interventions without a debrief offered, views not sought, Cedar Ward reporting nothing in one month after
 * several a month, and Birch Ward's bed days for one month not sent. Willow House: a children's home's handful of
 * physical interventions, never prone, so nearly every group of people stays under 5 and hidden.
 *
 * <p>Every start is on day 1 to 28 of its month, so moving it by whole months keeps its day, and follow-up times move
 * with it; a follow-up that would fall after {@link #LAST_MONTH} is left empty (not done when the extract was taken).
 * Run {@code main} to write the files again after changing this class.
 */
final class DemoExtracts {

    static final YearMonth LAST_MONTH = YearMonth.of(2026, 11);
    static final YearMonth FIRST_MONTH = LAST_MONTH.minusMonths(11);

    /** A ward as the tenant file names it, with its beds and the interventions it has in an average month. */
    record Ward(String service, String name, int beds, double perMonth, double proneAtStart, double[] typeMix,
                double[] ageMix) {
    }

    /** In the order of InterventionType: physical, mechanical, rapid tranquillisation, seclusion, LTS, observation. */
    private static final String[] TYPES = {"physical_restraint", "mechanical_restraint", "rapid_tranquillisation",
            "seclusion", "long_term_segregation", "enhanced_observation"};
    private static final double[] MEDIAN_MINUTES = {5, 20, 2, 210, 7200, 180};
    private static final double[] SPREAD = {0.8, 0.6, 0.6, 0.9, 0.5, 0.9};

    /** Not prone, in the order supine, seated, standing, kneeling, other; prone's share is drawn by month. */
    private static final String[] OTHER_POSITIONS = {"supine", "seated", "standing", "kneeling", "other"};
    private static final double[] OTHER_POSITION_MIX = {0.24, 0.30, 0.33, 0.08, 0.05};

    private static final String[] AGES = {"under_18", "18_24", "25_34", "35_44", "45_54", "55_64", "65_plus",
            "not_known"};
    private static final String[] GENDERS = {"female", "male", "non_binary", "other", "not_known"};
    private static final double[] GENDER_MIX = {0.43, 0.54, 0.012, 0.008, 0.01};
    private static final String[] ETHNIC_GROUPS = {"asian", "black", "mixed", "white", "other", "not_stated"};
    private static final double[] ETHNIC_MIX = {0.08, 0.11, 0.04, 0.72, 0.01, 0.04};
    private static final double[] HOUR_MIX = {2, 1.5, 1, 1, 1, 1, 1.5, 2.5, 4, 5, 5.5, 6, 6, 6, 6.5, 7, 7.5, 7.5,
            7, 6.5, 6, 5, 4, 3};

    static final List<Ward> NORTHFIELD = List.of(
            new Ward("Adult acute", "Ash Ward", 18, 9.5, 0.22, new double[] {0.66, 0, 0.16, 0.08, 0, 0.10},
                    new double[] {0, 0.22, 0.34, 0.24, 0.13, 0.07, 0, 0}),
            new Ward("Psychiatric intensive care", "Birch Ward", 10, 11.5, 0.25,
                    new double[] {0.55, 0.02, 0.17, 0.20, 0.02, 0.04},
                    new double[] {0, 0.38, 0.40, 0.15, 0.06, 0.01, 0, 0}),
            new Ward("Older adults", "Cedar Ward", 16, 4.5, 0.10, new double[] {0.74, 0, 0.10, 0, 0, 0.16},
                    new double[] {0, 0, 0, 0, 0, 0.12, 0.86, 0.02}));

    static final List<Ward> WILLOW_HOUSE = List.of(
            new Ward("Residential care for children and young people", "Main house", 6, 3.0, 0,
                    new double[] {0.92, 0, 0, 0, 0, 0.08}, new double[] {1, 0, 0, 0, 0, 0, 0, 0}));

    /** Cedar Ward reports nothing in this month, after several a month: the insight's drop-to-zero check. */
    static final YearMonth CEDAR_SILENT = YearMonth.of(2026, 8);
    /** Birch Ward's bed days for this month were never sent: its rates are flagged as too high. */
    static final YearMonth BIRCH_WITHOUT_BED_DAYS = YearMonth.of(2026, 10);

    private DemoExtracts() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "../../tenants/incidents");
        for (var file : files().entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** Each file's name and content. */
    static java.util.Map<String, String> files() {
        java.util.Map<String, String> files = new java.util.LinkedHashMap<>();
        files.put("northfield-incidents.csv", incidents(NORTHFIELD, "NF", 20261));
        files.put("northfield-bed-days.csv", bedDays(NORTHFIELD, 20262));
        files.put("willow-house-incidents.csv", incidents(WILLOW_HOUSE, "WH", 20263));
        files.put("willow-house-bed-days.csv", bedDays(WILLOW_HOUSE, 20264));
        return files;
    }

    private record Drawn(LocalDateTime start, Ward ward) {
    }

    static String incidents(List<Ward> wards, String prefix, long seed) {
        Random random = new Random(seed);
        List<Drawn> starts = new ArrayList<>();
        for (Ward ward : wards) {
            for (int m = 0; m < 12; m++) {
                YearMonth month = FIRST_MONTH.plusMonths(m);
                if (ward.name().equals("Cedar Ward") && month.equals(CEDAR_SILENT)) {
                    continue;
                }
                // About a third fewer by the end of the year than at its start, give or take a few a month.
                double expected = ward.perMonth() * (1.2 - 0.4 * m / 11.0);
                int count = (int) Math.max(0, Math.round(expected + random.nextGaussian() * Math.sqrt(expected) / 2));
                for (int i = 0; i < count; i++) {
                    starts.add(new Drawn(month.atDay(1 + random.nextInt(28))
                            .atTime(pick(HOUR_MIX, random), random.nextInt(60)), ward));
                }
            }
        }
        starts.sort(Comparator.comparing(Drawn::start).thenComparing(d -> d.ward().name()));
        LocalDateTime extractTaken = LAST_MONTH.plusMonths(1).atDay(1).atStartOfDay();
        List<CsvColumn> columns = IncidentCsvFormat.columns(ExtractKind.INCIDENTS);
        List<List<String>> rows = new ArrayList<>();
        int number = 0;
        for (Drawn drawn : starts) {
            rows.add(row(prefix + "-" + String.format("%06d", ++number), drawn,
                    extractTaken, random));
        }
        return csv(columns, rows);
    }

    private static List<String> row(String reference, Drawn drawn, LocalDateTime extractTaken, Random random) {
        Ward ward = drawn.ward();
        LocalDateTime start = drawn.start();
        int t = pick(ward.typeMix(), random);
        String type = TYPES[t];
        String position = "";
        if (t == 0) {
            // Prone restraint falls to a fifth of its share at the start of the year (never for children).
            int monthIndex = (int) java.time.temporal.ChronoUnit.MONTHS.between(FIRST_MONTH, YearMonth.from(start));
            double prone = ward.proneAtStart() * (1 - 0.8 * monthIndex / 11.0);
            position = random.nextDouble() < prone ? "prone" : OTHER_POSITIONS[pick(OTHER_POSITION_MIX, random)];
        }
        long minutes = Math.round(MEDIAN_MINUTES[t] * Math.exp(SPREAD[t] * random.nextGaussian()));
        minutes = Math.max(1, Math.min(IncidentCsvFormat.MAX_DURATION_MINUTES, minutes));
        String age = AGES[pick(ward.ageMix(), random)];
        String gender = GENDERS[pick(GENDER_MIX, random)];
        String ethnicGroup = ETHNIC_GROUPS[pick(ETHNIC_MIX, random)];
        boolean personInjured = random.nextDouble() < 0.06;
        boolean staffInjured = random.nextDouble() < 0.08;
        LocalDateTime review = before(extractTaken, medicalReview(t, start, random));
        boolean offered = random.nextDouble() < 0.8;
        boolean held = offered && random.nextDouble() < 0.75;
        LocalDateTime views = before(extractTaken, viewsSought(start, random));
        return List.of(reference, start.toString(), ward.service(), ward.name(), type, position,
                Long.toString(minutes), age, gender, ethnicGroup, yesNo(personInjured), yesNo(staffInjured),
                review == null ? "" : review.toString(), yesNo(offered), yesNo(held),
                views == null ? "" : views.toString());
    }

    /** Restraint and rapid tranquillisation reviewed within the hour about four times in five; others less. */
    private static LocalDateTime medicalReview(int type, LocalDateTime start, Random random) {
        double r = random.nextDouble();
        if (type <= 2) {
            if (r < 0.8) {
                return start.plusMinutes(5 + random.nextInt(55));
            }
            return r < 0.92 ? start.plusMinutes(61 + random.nextInt(300)) : null;
        }
        return r < 0.45 ? start.plusMinutes(30 + random.nextInt(900)) : null;
    }

    /** The person's views sought within 72 hours for most, later for some, not at all for about one in four. */
    private static LocalDateTime viewsSought(LocalDateTime start, Random random) {
        double r = random.nextDouble();
        if (r < 0.6) {
            return start.plusHours(2 + random.nextInt(70));
        }
        return r < 0.76 ? start.plusHours(73 + random.nextInt(120)) : null;
    }

    private static LocalDateTime before(LocalDateTime limit, LocalDateTime time) {
        return time == null || !time.isBefore(limit) ? null : time;
    }

    static String bedDays(List<Ward> wards, long seed) {
        Random random = new Random(seed);
        List<List<String>> rows = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            YearMonth month = FIRST_MONTH.plusMonths(m);
            for (Ward ward : wards) {
                double occupancy = 0.86 + 0.12 * random.nextDouble();
                if (ward.name().equals("Birch Ward") && month.equals(BIRCH_WITHOUT_BED_DAYS)) {
                    continue;
                }
                rows.add(List.of(ward.service(), ward.name(), month.toString(),
                        Long.toString(Math.round(ward.beds() * month.lengthOfMonth() * occupancy))));
            }
        }
        return csv(IncidentCsvFormat.columns(ExtractKind.BED_DAYS), rows);
    }

    /** RFC 4180 with CRLF line ends, as the templates and spreadsheets write it. */
    private static String csv(List<CsvColumn> columns, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(columns.stream().map(CsvColumn::name).toList());
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private static int pick(double[] weights, Random random) {
        double r = random.nextDouble() * Arrays.stream(weights).sum();
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
