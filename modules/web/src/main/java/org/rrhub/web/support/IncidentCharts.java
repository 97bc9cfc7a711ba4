package org.rrhub.web.support;

import org.rrhub.charts.Chart;
import org.rrhub.charts.Series;
import org.rrhub.incidents.api.DurationBand;
import org.rrhub.incidents.api.Insight;
import org.rrhub.incidents.api.RateRow;

import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The insight's charts, each with the table of its numbers: the page draws them as SVG, the board report as PDF
 * graphics, and both show the same table, so nobody depends on seeing the chart.
 */
public final class IncidentCharts {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final String RATE = "Rate per 1,000 occupied bed days";

    private IncidentCharts() {
    }

    /** A chart and its data table. */
    public record Figure(String id, Chart chart, List<String> columns, List<List<String>> rows) {
        public String svg() {
            return org.rrhub.charts.SvgChart.render(chart, id);
        }
    }

    public static List<Figure> of(Insight insight) {
        return List.of(ratesByMonth(insight), proneByMonth(insight), ratesByWard(insight), ratesByType(insight),
                durations(insight));
    }

    static Figure ratesByMonth(Insight insight) {
        List<RateRow> rows = insight.byMonth();
        List<String> months = rows.stream().map(r -> month(YearMonth.parse(r.label()))).toList();
        Chart chart = Chart.line("Restrictive interventions per 1,000 occupied bed days, by month",
                trend(rows), RATE, months, new Series("Rate", rates(rows)));
        return new Figure("rate-by-month", chart, List.of("Month", "Interventions", "Occupied bed days", "Rate"),
                tableOf(rows, months));
    }

    static Figure proneByMonth(Insight insight) {
        List<String> months = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        long total = 0;
        for (Map.Entry<YearMonth, Long> e : insight.proneByMonth().entrySet()) {
            months.add(month(e.getKey()));
            values.add(e.getValue().doubleValue());
            table.add(List.of(month(e.getKey()), whole(e.getValue())));
            total += e.getValue();
        }
        Chart chart = Chart.line("Prone restraints by month", "Prone restraints recorded in each month of the period: "
                + whole(total) + " in all.", "Prone restraints", months, new Series("Prone restraints", values));
        return new Figure("prone-by-month", chart, List.of("Month", "Prone restraints"), table);
    }

    static Figure ratesByWard(Insight insight) {
        List<RateRow> rows = insight.byWard();
        List<String> wards = rows.stream().map(RateRow::label).toList();
        Chart chart = Chart.bar("Rate by ward", "Interventions per 1,000 occupied bed days in each ward over the period.",
                RATE, wards, new Series("Rate", rates(rows)));
        return new Figure("rate-by-ward", chart, List.of("Ward", "Interventions", "Occupied bed days", "Rate"),
                tableOf(rows, wards));
    }

    static Figure ratesByType(Insight insight) {
        List<RateRow> rows = insight.byType();
        List<String> types = rows.stream().map(RateRow::label).toList();
        Chart chart = Chart.bar("Rate by type of intervention",
                "Interventions of each type per 1,000 occupied bed days over the period.", RATE, types,
                new Series("Rate", rates(rows)));
        return new Figure("rate-by-type", chart, List.of("Type", "Interventions", "Occupied bed days", "Rate"),
                tableOf(rows, types));
    }

    static Figure durations(Insight insight) {
        List<String> bands = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        for (Map.Entry<DurationBand, Long> e : insight.durations().entrySet()) {
            bands.add(e.getKey().label());
            values.add(e.getValue().doubleValue());
            table.add(List.of(e.getKey().label(), whole(e.getValue())));
        }
        Chart chart = Chart.bar("How long interventions lasted", "The number of interventions in each band of duration.",
                "Interventions", bands, new Series("Interventions", values));
        return new Figure("durations", chart, List.of("Duration", "Interventions"), table);
    }

    /** One sentence a screen reader hears instead of the line: where the rate started and ended. */
    private static String trend(List<RateRow> rows) {
        List<RateRow> rated = rows.stream().filter(RateRow::hasRate).toList();
        if (rated.size() < 2) {
            return "Not enough months with occupied bed days to show a trend.";
        }
        RateRow first = rated.get(0);
        RateRow last = rated.get(rated.size() - 1);
        double change = last.ratePer1000() - first.ratePer1000();
        String direction = Math.abs(change) < 0.005 ? "unchanged" : change < 0 ? "down" : "up";
        return "The rate went from " + rate(first.ratePer1000()) + " in " + month(YearMonth.parse(first.label()))
                + " to " + rate(last.ratePer1000()) + " in " + month(YearMonth.parse(last.label())) + " (" + direction
                + ").";
    }

    private static List<Double> rates(List<RateRow> rows) {
        return rows.stream().map(RateRow::ratePer1000).toList();
    }

    private static List<List<String>> tableOf(List<RateRow> rows, List<String> labels) {
        List<List<String>> table = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            RateRow r = rows.get(i);
            table.add(List.of(labels.get(i), whole(r.count()), whole(r.bedDays()),
                    r.hasRate() ? rate(r.ratePer1000()) : "No rate"));
        }
        return table;
    }

    public static String month(YearMonth month) {
        return MONTH.format(month);
    }

    public static String whole(long value) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(value);
    }

    public static String rate(Double value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }
}
