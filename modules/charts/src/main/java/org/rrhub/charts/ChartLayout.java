package org.rrhub.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Where everything in a chart goes, worked out once for both media. Coordinates run from the top left corner, y
 * downwards, as in SVG; the PDF painter turns them upside down.
 *
 * @param emptyMessage only when the chart has no values at all; then there is no plot, only the title and this
 */
record ChartLayout(double width, double height, TextBlock title, List<LegendEntry> legend, TextBlock axisTitle,
                   Box plot, List<Tick> ticks, List<CategoryLabel> categoryLabels, List<Bar> bars,
                   List<Trace> traces, TextBlock emptyMessage) {

    static final String NO_DATA = "No data for this period";

    enum Anchor { START, MIDDLE, END }

    record Box(double x, double y, double width, double height) {
        double right() {
            return x + width;
        }

        double bottom() {
            return y + height;
        }
    }

    /** Lines of text; {@code baseline} is the first line's. */
    record TextBlock(List<String> lines, double x, double baseline, double lineHeight, Anchor anchor, double size,
                     boolean bold) {
        TextBlock {
            lines = List.copyOf(lines);
        }
    }

    /** A gridline at {@code y}, labelled with its value. */
    record Tick(BigDecimal value, double y, TextBlock label) {
    }

    record CategoryLabel(int category, TextBlock label) {
    }

    /** A sample of the series' look ({@code swatch}) and its name. */
    record LegendEntry(int series, String name, Box swatch, TextBlock label) {
    }

    record Bar(int series, int category, double value, Box box) {
    }

    record Point(int category, double value, double x, double y) {
    }

    /** A line series as runs of consecutive values: a missing value ends one run and leaves a gap before the next. */
    record Trace(int series, List<Point> points, List<List<Point>> runs) {
        Trace {
            points = List.copyOf(points);
            runs = runs.stream().map(List::copyOf).toList();
        }
    }

    ChartLayout {
        legend = List.copyOf(legend);
        ticks = List.copyOf(ticks);
        categoryLabels = List.copyOf(categoryLabels);
        bars = List.copyOf(bars);
        traces = List.copyOf(traces);
    }

    boolean isEmpty() {
        return emptyMessage != null;
    }

    /** For a page: as tall as the content needs, around a plot of the given height. */
    static ChartLayout forWidth(Chart chart, double width, double plotHeight, Typography type) {
        return new Planner(chart, width, type).plan(plotHeight, Double.NaN);
    }

    /** For a report: the plot takes whatever height the title, legend and labels leave. */
    static ChartLayout forBox(Chart chart, double width, double height, Typography type) {
        return new Planner(chart, width, type).plan(Double.NaN, height);
    }

    /** Lays the parts out top to bottom, keeping track of how far down the page it has got. */
    private static final class Planner {

        private static final double BAR_GROUP_SHARE = 0.7;

        private final Chart chart;
        private final double width;
        private final Typography type;
        private final double text;
        private double y;

        Planner(Chart chart, double width, Typography type) {
            this.chart = chart;
            this.width = width;
            this.type = type;
            this.text = type.textSize();
        }

        ChartLayout plan(double plotHeight, double totalHeight) {
            TextBlock title = stack(chart.title(), type.titleSize(), true);
            y += type.gap();
            if (chart.hasNoValues()) {
                double height = Double.isNaN(totalHeight) ? y + 3 * text : totalHeight;
                TextBlock message = new TextBlock(List.of(NO_DATA), width / 2,
                        (y + height) / 2 + type.middleToBaseline(text), type.lineHeight(text), Anchor.MIDDLE, text,
                        false);
                return new ChartLayout(width, height, title, List.of(), null, null, List.of(), List.of(), List.of(),
                        List.of(), message);
            }
            List<LegendEntry> legend = chart.series().size() > 1 ? legend() : List.of();
            TextBlock axisTitle = stack(chart.valueLabel(), text, false);
            // the top tick label is centred on the plot's top edge, so half of it sits above
            y += type.gap() + text / 2;

            AxisScale scale = AxisScale.upTo(chart.maxValue());
            List<String> tickTexts = scale.ticks().stream().map(tick -> Numbers.label(tick.doubleValue())).toList();
            double widestTick = tickTexts.stream().mapToDouble(label -> type.width(label, text, false)).max()
                    .orElse(0);
            // a little room at the canvas edge too, in case the reader's font is wider still
            double left = type.gap() / 2 + widestTick + type.gap();
            double right = width - type.gap();
            double band = (right - left) / chart.categories().size();
            List<CategoryLabels.Placed> placed =
                    CategoryLabels.place(chart.kind(), chart.categories(), left, band, width, type);
            int labelLines = placed.stream().mapToInt(label -> label.lines().size()).max().orElse(1);
            double below = type.gap() + labelLines * type.lineHeight(text) + type.gap() / 2;

            double height = Double.isNaN(plotHeight) ? totalHeight - y - below : plotHeight;
            if (height < 2 * text) {
                throw new IllegalArgumentException("There is no room for the plot of '" + chart.title()
                        + "': give the chart more height");
            }
            Box plot = new Box(left, y, right - left, height);
            return new ChartLayout(width, Double.isNaN(totalHeight) ? plot.bottom() + below : totalHeight, title,
                    legend, axisTitle, plot, ticks(scale, tickTexts, plot), categoryLabels(placed, plot),
                    chart.kind() == Chart.Kind.BAR ? bars(scale, plot, band) : List.of(),
                    chart.kind() == Chart.Kind.LINE ? traces(scale, plot, band) : List.of(), null);
        }

        /** Text wrapped to the full width, left aligned, at the current position; moves below it. */
        private TextBlock stack(String content, double size, boolean bold) {
            List<String> lines = TextWrap.lines(content, width, size, bold, type.measure());
            TextBlock block = new TextBlock(lines, 0, y + size, type.lineHeight(size), Anchor.START, size, bold);
            y += lines.size() * type.lineHeight(size);
            return block;
        }

        /** Entries side by side, starting a new row when the next would not fit. */
        private List<LegendEntry> legend() {
            double row = type.lineHeight(text);
            double swatchWidth = chart.kind() == Chart.Kind.LINE ? 2.5 * text : text;
            // not quite at the edge, where half of a swatch's outline would be cut off
            double start = 1;
            double x = start;
            List<LegendEntry> entries = new ArrayList<>();
            for (int s = 0; s < chart.series().size(); s++) {
                String name = chart.series().get(s).name();
                double entryWidth = swatchWidth + 0.4 * text + type.width(name, text, false);
                if (x > start && x + entryWidth > width) {
                    x = start;
                    y += row;
                }
                double baseline = y + text;
                double middle = baseline - type.middleToBaseline(text);
                entries.add(new LegendEntry(s, name, new Box(x, middle - text / 2, swatchWidth, text),
                        new TextBlock(List.of(name), x + swatchWidth + 0.4 * text, baseline, row, Anchor.START, text,
                                false)));
                x += entryWidth + 1.5 * text;
            }
            y += row + type.gap();
            return entries;
        }

        private List<Tick> ticks(AxisScale scale, List<String> texts, Box plot) {
            List<Tick> ticks = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                BigDecimal value = scale.ticks().get(i);
                double tickY = plot.bottom() - scale.fraction(value.doubleValue()) * plot.height();
                ticks.add(new Tick(value, tickY, new TextBlock(List.of(texts.get(i)), plot.x() - type.gap(),
                        tickY + type.middleToBaseline(text), type.lineHeight(text), Anchor.END, text, false)));
            }
            return ticks;
        }

        private List<CategoryLabel> categoryLabels(List<CategoryLabels.Placed> placed, Box plot) {
            double baseline = plot.bottom() + type.gap() + text;
            return placed.stream().map(label -> new CategoryLabel(label.category(), new TextBlock(label.lines(),
                    label.x(), baseline, type.lineHeight(text), Anchor.MIDDLE, text, false))).toList();
        }

        /** Each category's bars side by side in the middle of its band, series in order. */
        private List<Bar> bars(AxisScale scale, Box plot, double band) {
            int count = chart.series().size();
            double slot = band * BAR_GROUP_SHARE / count;
            // a sliver of white between neighbouring bars, so their outlines do not merge
            double between = count > 1 ? slot * 0.1 : 0;
            List<Bar> bars = new ArrayList<>();
            for (int c = 0; c < chart.categories().size(); c++) {
                double groupLeft = plot.x() + c * band + band * (1 - BAR_GROUP_SHARE) / 2;
                for (int s = 0; s < count; s++) {
                    Double value = chart.series().get(s).values().get(c);
                    if (value == null) {
                        continue;
                    }
                    double barHeight = scale.fraction(value) * plot.height();
                    bars.add(new Bar(s, c, value, new Box(groupLeft + s * slot + between / 2,
                            plot.bottom() - barHeight, slot - between, barHeight)));
                }
            }
            return bars;
        }

        private List<Trace> traces(AxisScale scale, Box plot, double band) {
            List<Trace> traces = new ArrayList<>();
            for (int s = 0; s < chart.series().size(); s++) {
                List<Point> points = new ArrayList<>();
                List<List<Point>> runs = new ArrayList<>();
                List<Point> run = new ArrayList<>();
                List<Double> values = chart.series().get(s).values();
                for (int c = 0; c < values.size(); c++) {
                    Double value = values.get(c);
                    if (value == null) {
                        run = endRun(run, runs);
                        continue;
                    }
                    Point point = new Point(c, value, plot.x() + (c + 0.5) * band,
                            plot.bottom() - scale.fraction(value) * plot.height());
                    points.add(point);
                    run.add(point);
                }
                endRun(run, runs);
                traces.add(new Trace(s, points, runs));
            }
            return traces;
        }

        /** Keeps a run that makes a line; a lone value has no neighbour to join, and shows as its marker only. */
        private static List<Point> endRun(List<Point> run, List<List<Point>> runs) {
            if (run.size() > 1) {
                runs.add(run);
            }
            return new ArrayList<>();
        }
    }
}
