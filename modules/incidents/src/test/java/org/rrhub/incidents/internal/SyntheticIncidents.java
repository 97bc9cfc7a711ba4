package org.rrhub.incidents.internal;

import org.rrhub.incidents.api.AgeBand;
import org.rrhub.incidents.api.BedDays;
import org.rrhub.incidents.api.EthnicGroup;
import org.rrhub.incidents.api.Gender;
import org.rrhub.incidents.api.IncidentCsvFormat;
import org.rrhub.incidents.api.InterventionType;
import org.rrhub.incidents.api.RestraintPosition;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * A seeded, reproducible synthetic incident extract for the benchmark ({@link IncidentBenchmark}): one provider's
 * wards over {@value #MONTHS} months, written as the CSV a provider uploads, plus the occupied bed days of each ward
 * and month. The mix follows what mental-health providers report (physical restraint dominating, about one in ten
 * held prone, most interventions over in minutes, most restraints medically reviewed within the hour), so the
 * dashboard's GROUP BYs see realistic numbers of groups; the counts per bed day are far higher than a real ward's,
 * because the issue asks for a million rows for one provider.
 */
final class SyntheticIncidents {

    static final YearMonth FIRST_MONTH = YearMonth.of(2023, 1);
    static final int MONTHS = 36;
    static final YearMonth LAST_MONTH = FIRST_MONTH.plusMonths(MONTHS - 1);

    /** A ward, its service and its size; {@code rate} scales how many incidents a bed has (PICU and LD&A more). */
    record Ward(String service, String name, int beds, double rate) {
    }

    /** Twelve wards over three services, the shape of a mid-sized mental-health trust. */
    static final List<Ward> WARDS = List.of(
            new Ward("Adult Acute", "Oak Ward", 22, 1.0),
            new Ward("Adult Acute", "Ash Ward", 20, 0.9),
            new Ward("Adult Acute", "Birch Ward", 24, 1.1),
            new Ward("Adult Acute", "Cedar Ward", 18, 0.8),
            new Ward("Adult Acute", "Elm Ward", 20, 0.7),
            new Ward("Psychiatric Intensive Care", "Rowan Unit", 12, 3.0),
            new Ward("Psychiatric Intensive Care", "Willow Unit", 10, 2.6),
            new Ward("Psychiatric Intensive Care", "Maple Unit", 14, 2.2),
            new Ward("Learning Disability and Autism", "Hazel House", 8, 2.8),
            new Ward("Learning Disability and Autism", "Holly House", 10, 2.0),
            new Ward("Learning Disability and Autism", "Juniper Lodge", 6, 3.4),
            new Ward("Learning Disability and Autism", "Laurel Lodge", 12, 1.5));

    /** The header in the documented column order, so the file is exactly what the template asks for. */
    static final String HEADER = IncidentCsvFormat.columns(org.rrhub.incidents.api.ExtractKind.INCIDENTS).stream()
            .map(c -> c.name()).collect(Collectors.joining(","));

    private static final InterventionType[] TYPES = InterventionType.values();
    /** In the order of {@link InterventionType}: physical, mechanical, rapid tranquillisation, seclusion, LTS, obs. */
    private static final double[] TYPE_MIX = {0.60, 0.03, 0.13, 0.14, 0.01, 0.09};
    /** Median minutes and spread (log-normal) per type: restraint lasts minutes, seclusion hours, LTS days. */
    private static final double[] MEDIAN_MINUTES = {4, 20, 2, 240, 10_080, 180};
    private static final double[] SPREAD = {0.9, 0.8, 0.7, 1.0, 0.8, 1.0};

    private static final RestraintPosition[] POSITIONS = RestraintPosition.values();
    /** Prone, supine, seated, standing, kneeling, other: about one restraint in ten is prone. */
    private static final double[] POSITION_MIX = {0.10, 0.22, 0.25, 0.33, 0.07, 0.03};

    private static final AgeBand[] AGES = AgeBand.values();
    private static final double[] AGE_MIX = {0.03, 0.18, 0.27, 0.21, 0.14, 0.09, 0.05, 0.03};
    private static final Gender[] GENDERS = Gender.values();
    private static final double[] GENDER_MIX = {0.41, 0.55, 0.015, 0.005, 0.02};
    private static final EthnicGroup[] ETHNIC_GROUPS = EthnicGroup.values();
    private static final double[] ETHNIC_MIX = {0.09, 0.11, 0.05, 0.68, 0.03, 0.04};

    /** Incidents cluster in the afternoon and evening (visiting, meals, handovers), fewest at night. */
    private static final double[] HOUR_MIX = {2, 1.5, 1, 1, 1, 1, 1.5, 2.5, 4, 5, 5.5, 6, 6, 6, 6.5, 7, 7.5, 7.5,
            7, 6.5, 6, 5, 4, 3};

    private SyntheticIncidents() {
    }

    /**
     * Writes {@code rows} incidents of one provider to {@code file}, seeded so every run writes the same bytes.
     * Incident systems number incidents as they are reported, so the starts are drawn first and the rows written in
     * time order with rising references (INC-0000001 the oldest), which is also how rows of a month end up stored
     * close together. Every provider's references start at INC-0000001: the per-provider unique key has to allow it.
     */
    static void writeExtract(Path file, List<Ward> wards, int rows, long seed) throws IOException {
        Random random = new Random(seed);
        long[] starts = starts(wards, rows, random);
        LocalDateTime origin = FIRST_MONTH.atDay(1).atStartOfDay();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write("\r\n");
            StringBuilder line = new StringBuilder(256);
            for (int i = 0; i < rows; i++) {
                line.setLength(0);
                Ward ward = wards.get((int) (starts[i] % wards.size()));
                row(line, i + 1, ward, origin.plusMinutes(starts[i] / wards.size()), random);
                out.append(line).append("\r\n");
            }
        }
    }

    /** Each row's start and ward as one sortable number: minutes since the first month, times wards, plus the ward. */
    private static long[] starts(List<Ward> wards, int rows, Random random) {
        CellPicker cells = new CellPicker(wards);
        LocalDateTime origin = FIRST_MONTH.atDay(1).atStartOfDay();
        long[] starts = new long[rows];
        for (int i = 0; i < rows; i++) {
            Cell cell = cells.pick(random);
            LocalDateTime started = cell.month().atDay(1 + random.nextInt(cell.month().lengthOfMonth()))
                    .atTime(pick(HOUR_MIX, random), random.nextInt(60));
            starts[i] = java.time.Duration.between(origin, started).toMinutes() * wards.size() + cell.ward();
        }
        Arrays.sort(starts);
        return starts;
    }

    /** Occupied bed days per ward and month: beds x days x an occupancy of 85 to 100 %. */
    static List<BedDays> bedDays(List<Ward> wards, long seed) {
        Random random = new Random(seed);
        List<BedDays> rows = new ArrayList<>();
        for (Ward ward : wards) {
            for (YearMonth month = FIRST_MONTH; !month.isAfter(LAST_MONTH); month = month.plusMonths(1)) {
                double occupancy = 0.85 + 0.15 * random.nextDouble();
                rows.add(new BedDays(ward.service(), ward.name(), month,
                        (int) Math.round(ward.beds() * month.lengthOfMonth() * occupancy)));
            }
        }
        return rows;
    }

    private static void row(StringBuilder line, int number, Ward ward, LocalDateTime started, Random random) {
        int t = pick(TYPE_MIX, random);
        InterventionType type = TYPES[t];
        int minutes = logNormal(MEDIAN_MINUTES[t], SPREAD[t], random);
        line.append("INC-").append(String.format("%07d", number)).append(',')
                .append(started).append(',')
                .append(ward.service()).append(',')
                .append(ward.name()).append(',')
                .append(type.code()).append(',')
                .append(type == InterventionType.PHYSICAL_RESTRAINT ? POSITIONS[pick(POSITION_MIX, random)].code() : "")
                .append(',')
                .append(minutes).append(',')
                .append(AGES[pick(AGE_MIX, random)].code()).append(',')
                .append(GENDERS[pick(GENDER_MIX, random)].code()).append(',')
                .append(ETHNIC_GROUPS[pick(ETHNIC_MIX, random)].code()).append(',')
                .append(yesNo(random.nextDouble() < 0.05)).append(',')
                .append(yesNo(random.nextDouble() < 0.07)).append(',');
        LocalDateTime review = medicalReview(type, started, random);
        line.append(review == null ? "" : review.toString()).append(',');
        boolean offered = random.nextDouble() < 0.78;
        boolean held = offered && random.nextDouble() < 0.72;
        line.append(yesNo(offered)).append(',').append(yesNo(held)).append(',');
        LocalDateTime views = viewsSought(started, random);
        line.append(views == null ? "" : views.toString());
    }

    /**
     * Restraint and rapid tranquillisation are reviewed by a doctor within the hour about 80 % of the time (the
     * standard's expectation), later in 12 %, not at all in 8 %; other types less often and less promptly.
     */
    private static LocalDateTime medicalReview(InterventionType type, LocalDateTime started, Random random) {
        double r = random.nextDouble();
        if (type.isRestraint() || type == InterventionType.RAPID_TRANQUILLISATION) {
            if (r < 0.80) {
                return started.plusMinutes(5 + random.nextInt(56));
            }
            return r < 0.92 ? started.plusMinutes(61 + random.nextInt(420)) : null;
        }
        return r < 0.40 ? started.plusMinutes(30 + random.nextInt(1410)) : null;
    }

    /** Views sought within 72 hours for most, later for some, never for about a quarter. */
    private static LocalDateTime viewsSought(LocalDateTime started, Random random) {
        double r = random.nextDouble();
        if (r < 0.62) {
            return started.plusHours(1 + random.nextInt(72));
        }
        return r < 0.76 ? started.plusHours(73 + random.nextInt(168)) : null;
    }

    private static int logNormal(double median, double spread, Random random) {
        long minutes = Math.round(median * Math.exp(spread * random.nextGaussian()));
        return (int) Math.max(0, Math.min(IncidentCsvFormat.MAX_DURATION_MINUTES, minutes));
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    /** An index drawn with the given (not necessarily normalised) weights. */
    private static int pick(double[] weights, Random random) {
        double total = Arrays.stream(weights).sum();
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A ward (its index in the provider's list) and a month. */
    private record Cell(int ward, YearMonth month) {
    }

    /**
     * Draws a ward and month in proportion to the ward's beds and rate, the month's length and a downward trend of
     * about a quarter over the three years (the reduction the product exists to show).
     */
    private static final class CellPicker {
        private final Cell[] cells;
        private final double[] cumulative;

        CellPicker(List<Ward> wards) {
            cells = new Cell[wards.size() * MONTHS];
            cumulative = new double[cells.length];
            double sum = 0;
            int i = 0;
            for (int w = 0; w < wards.size(); w++) {
                Ward ward = wards.get(w);
                for (int m = 0; m < MONTHS; m++) {
                    YearMonth month = FIRST_MONTH.plusMonths(m);
                    double trend = 1.15 - 0.3 * m / (MONTHS - 1);
                    sum += ward.beds() * ward.rate() * month.lengthOfMonth() * trend;
                    cells[i] = new Cell(w, month);
                    cumulative[i++] = sum;
                }
            }
        }

        Cell pick(Random random) {
            double r = random.nextDouble() * cumulative[cumulative.length - 1];
            int at = Arrays.binarySearch(cumulative, r);
            return cells[at >= 0 ? at : -at - 1];
        }
    }
}
