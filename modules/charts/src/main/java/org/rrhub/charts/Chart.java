package org.rrhub.charts;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a chart shows, independent of how it is drawn: {@link SvgChart} draws it for a web page, {@link PdfChart} for a
 * report. The numbers themselves belong in a data table next to the chart; the chart is the picture of them.
 *
 * @param title      the chart's name, also its accessible name
 * @param summary    one plain-English sentence saying what the chart shows, e.g. the trend; its accessible description
 * @param valueLabel what the values measure, e.g. "Rate per 1,000 occupied bed days"
 * @param kind       bars or lines
 * @param categories the labels along the bottom, e.g. "Jan 2026", in the order drawn
 * @param series     one value per category each; at most {@value #MAX_SERIES}
 */
public record Chart(String title, String summary, String valueLabel, Kind kind, List<String> categories,
                    List<Series> series) {

    /** Beyond six series, markers, dashes and fills run out of combinations people can still tell apart. */
    public static final int MAX_SERIES = 6;

    public enum Kind { BAR, LINE }

    public Chart {
        title = required(title, "title");
        summary = required(summary, "summary");
        valueLabel = required(valueLabel, "valueLabel");
        Objects.requireNonNull(kind, "kind");
        categories = List.copyOf(Objects.requireNonNull(categories, "categories"));
        series = List.copyOf(Objects.requireNonNull(series, "series"));
        if (series.size() > MAX_SERIES) {
            throw new IllegalArgumentException("A chart can show at most " + MAX_SERIES + " series, not " + series.size());
        }
        Set<String> names = new HashSet<>();
        for (Series one : series) {
            if (one.values().size() != categories.size()) {
                throw new IllegalArgumentException("Series '" + one.name() + "' has " + one.values().size()
                        + " values for " + categories.size() + " categories");
            }
            if (!names.add(one.name())) {
                throw new IllegalArgumentException("Two series are both called '" + one.name() + "'");
            }
        }
    }

    public static Chart bar(String title, String summary, String valueLabel, List<String> categories, Series... series) {
        return new Chart(title, summary, valueLabel, Kind.BAR, categories, Arrays.asList(series));
    }

    public static Chart line(String title, String summary, String valueLabel, List<String> categories, Series... series) {
        return new Chart(title, summary, valueLabel, Kind.LINE, categories, Arrays.asList(series));
    }

    /** True when there is nothing to draw: no categories, no series, or every value missing. */
    public boolean hasNoValues() {
        return series.stream().allMatch(one -> one.values().stream().allMatch(Objects::isNull));
    }

    /** The largest value, or 0 when there is none. */
    double maxValue() {
        return series.stream().flatMap(one -> one.values().stream()).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).max().orElse(0);
    }

    static String required(String text, String name) {
        Objects.requireNonNull(text, name);
        if (text.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return text.strip();
    }
}
