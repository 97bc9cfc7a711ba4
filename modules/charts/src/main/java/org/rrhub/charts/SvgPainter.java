package org.rrhub.charts;

import org.rrhub.charts.ChartLayout.Bar;
import org.rrhub.charts.ChartLayout.Box;
import org.rrhub.charts.ChartLayout.LegendEntry;
import org.rrhub.charts.ChartLayout.Point;
import org.rrhub.charts.ChartLayout.TextBlock;
import org.rrhub.charts.ChartLayout.Tick;
import org.rrhub.charts.ChartLayout.Trace;
import org.rrhub.charts.SeriesStyle.Fill;
import org.rrhub.charts.SeriesStyle.Marker;

import java.util.List;

/** Writes a laid-out chart as SVG markup, in painting order: what comes later is drawn on top. */
final class SvgPainter {

    static final String TEXT_COLOUR = "#0b0c0c";
    /** Gridlines are a reading aid, not information (the tick labels are), so they stay light. */
    static final String GRID_COLOUR = "#b1b4b6";
    static final String WHITE = "#ffffff";

    private final Chart chart;
    private final ChartLayout layout;
    private final String id;
    private final Typography type = Typography.SVG;
    private final StringBuilder svg = new StringBuilder(8192);

    SvgPainter(Chart chart, ChartLayout layout, String id) {
        this.chart = chart;
        this.layout = layout;
        this.id = id;
    }

    String paint() {
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"rrh-chart\" role=\"img\" aria-labelledby=\"")
                .append(id).append("-title ").append(id).append("-desc\" viewBox=\"0 0 ").append(n(layout.width()))
                .append(' ').append(n(layout.height())).append("\" width=\"100%\"")
                .append(" preserveAspectRatio=\"xMidYMid meet\" font-family=\"Arial, sans-serif\" font-size=\"")
                .append(n(type.textSize())).append("\" fill=\"").append(TEXT_COLOUR).append("\">\n");
        svg.append("<title id=\"").append(id).append("-title\">").append(Xml.escape(chart.title())).append("</title>\n");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(Xml.escape(chart.summary())).append("</desc>\n");
        patterns();
        text("rrh-chart__title", layout.title());
        if (layout.isEmpty()) {
            text("rrh-chart__empty", layout.emptyMessage());
        } else {
            legend();
            text("rrh-chart__axis-title", layout.axisTitle());
            grid();
            open("rrh-chart__categories");
            layout.categoryLabels().forEach(label -> text(null, label.label()));
            close();
            bars();
            lines();
            axes();
        }
        return svg.append("</svg>\n").toString();
    }

    /** A fill pattern for each bar series that has one; ids are per chart, so two charts on a page do not clash. */
    private void patterns() {
        if (chart.kind() != Chart.Kind.BAR || layout.isEmpty()) {
            return;
        }
        StringBuilder defs = new StringBuilder();
        for (int s = 0; s < chart.series().size(); s++) {
            SeriesStyle style = SeriesStyle.of(s);
            if (style.fill() == Fill.SOLID) {
                continue;
            }
            String tile = n(Fill.TILE);
            defs.append("<pattern id=\"").append(patternId(s)).append("\" patternUnits=\"userSpaceOnUse\" width=\"")
                    .append(tile).append("\" height=\"").append(tile).append("\">")
                    .append("<rect width=\"").append(tile).append("\" height=\"").append(tile).append("\" fill=\"")
                    .append(style.hex()).append("\"/>");
            if (style.fill().hasDot()) {
                defs.append("<circle cx=\"").append(n(Fill.TILE / 2)).append("\" cy=\"").append(n(Fill.TILE / 2))
                        .append("\" r=\"").append(n(Fill.DOT_RADIUS)).append("\" fill=\"").append(WHITE).append("\"/>");
            }
            if (!style.fill().lines().isEmpty()) {
                defs.append("<path d=\"");
                for (double[] line : style.fill().lines()) {
                    defs.append('M').append(n(line[0])).append(',').append(n(line[1]))
                            .append('L').append(n(line[2])).append(',').append(n(line[3]));
                }
                defs.append("\" stroke=\"").append(WHITE).append("\" stroke-width=\"").append(n(Fill.MARK_WIDTH))
                        .append("\"/>");
            }
            defs.append("</pattern>\n");
        }
        if (!defs.isEmpty()) {
            svg.append("<defs>\n").append(defs).append("</defs>\n");
        }
    }

    private void legend() {
        if (layout.legend().isEmpty()) {
            return;
        }
        open("rrh-chart__legend");
        for (LegendEntry entry : layout.legend()) {
            SeriesStyle style = SeriesStyle.of(entry.series());
            Box swatch = entry.swatch();
            if (chart.kind() == Chart.Kind.BAR) {
                rect(null, swatch, entry.series(), null);
            } else {
                double middle = swatch.y() + swatch.height() / 2;
                svg.append("<line x1=\"").append(n(swatch.x())).append("\" y1=\"").append(n(middle))
                        .append("\" x2=\"").append(n(swatch.right())).append("\" y2=\"").append(n(middle)).append('"');
                lineStroke(style);
                svg.append("/>\n");
                marker(style, swatch.x() + swatch.width() / 2, middle, null);
            }
            text(null, entry.label());
        }
        close();
    }

    private void grid() {
        svg.append("<g class=\"rrh-chart__grid\" stroke=\"").append(GRID_COLOUR).append("\" stroke-width=\"1\">\n");
        for (Tick tick : layout.ticks()) {
            // the zero line is the axis itself, drawn last and darker
            if (tick.value().signum() != 0) {
                horizontal(tick.y());
            }
        }
        close();
        open("rrh-chart__ticks");
        layout.ticks().forEach(tick -> text(null, tick.label()));
        close();
    }

    private void bars() {
        for (int s = 0; s < chart.series().size(); s++) {
            int series = s;
            List<Bar> bars = layout.bars().stream().filter(bar -> bar.series() == series).toList();
            if (bars.isEmpty()) {
                continue;
            }
            open("rrh-chart__series");
            bars.forEach(bar -> rect("rrh-chart__bar", bar.box(), bar.series(), hover(bar.category(), series, bar.value())));
            close();
        }
    }

    private void lines() {
        for (Trace trace : layout.traces()) {
            SeriesStyle style = SeriesStyle.of(trace.series());
            open("rrh-chart__series");
            if (!trace.runs().isEmpty()) {
                svg.append("<path class=\"rrh-chart__line\" d=\"");
                for (List<Point> run : trace.runs()) {
                    for (int i = 0; i < run.size(); i++) {
                        svg.append(i == 0 ? 'M' : 'L').append(n(run.get(i).x())).append(',').append(n(run.get(i).y()));
                    }
                }
                svg.append("\" fill=\"none\"");
                lineStroke(style);
                svg.append("/>\n");
            }
            for (Point point : trace.points()) {
                marker(style, point.x(), point.y(), hover(point.category(), trace.series(), point.value()));
            }
            close();
        }
    }

    private void axes() {
        Box plot = layout.plot();
        svg.append("<g class=\"rrh-chart__axes\" stroke=\"").append(TEXT_COLOUR).append("\" stroke-width=\"1\">\n");
        horizontal(plot.bottom());
        svg.append("<line x1=\"").append(n(plot.x())).append("\" y1=\"").append(n(plot.y())).append("\" x2=\"")
                .append(n(plot.x())).append("\" y2=\"").append(n(plot.bottom())).append("\"/>\n");
        close();
    }

    private void horizontal(double y) {
        Box plot = layout.plot();
        svg.append("<line x1=\"").append(n(plot.x())).append("\" y1=\"").append(n(y)).append("\" x2=\"")
                .append(n(plot.right())).append("\" y2=\"").append(n(y)).append("\"/>\n");
    }

    private void rect(String cssClass, Box box, int series, String hover) {
        SeriesStyle style = SeriesStyle.of(series);
        String fill = style.fill() == Fill.SOLID ? style.hex() : "url(#" + patternId(series) + ")";
        svg.append("<rect");
        cssClass(cssClass);
        svg.append(" x=\"").append(n(box.x())).append("\" y=\"").append(n(box.y())).append("\" width=\"")
                .append(n(box.width())).append("\" height=\"").append(n(box.height())).append("\" fill=\"")
                .append(fill).append("\" stroke=\"").append(style.hex()).append("\" stroke-width=\"1\"");
        end("rect", hover);
    }

    private void lineStroke(SeriesStyle style) {
        svg.append(" stroke=\"").append(style.hex()).append("\" stroke-width=\"").append(n(type.lineWidth()))
                .append("\" stroke-linejoin=\"round\"");
        double[] dashes = style.dash().pattern(type.lineWidth());
        if (dashes.length > 0) {
            svg.append(" stroke-dasharray=\"");
            for (int i = 0; i < dashes.length; i++) {
                svg.append(i == 0 ? "" : " ").append(n(dashes[i]));
            }
            svg.append('"');
        }
    }

    /** The series' marker centred on (x, y), with a white outline to stand out where lines cross. */
    private void marker(SeriesStyle style, double x, double y, String hover) {
        double size = type.markerSize();
        Marker marker = style.marker();
        switch (marker) {
            case CIRCLE -> svg.append("<circle class=\"rrh-chart__point\" cx=\"").append(n(x)).append("\" cy=\"")
                    .append(n(y)).append("\" r=\"").append(n(size / 2)).append('"');
            case SQUARE -> {
                double side = size * 0.9;
                svg.append("<rect class=\"rrh-chart__point\" x=\"").append(n(x - side / 2)).append("\" y=\"")
                        .append(n(y - side / 2)).append("\" width=\"").append(n(side)).append("\" height=\"")
                        .append(n(side)).append('"');
            }
            case TRIANGLE, DIAMOND -> {
                svg.append("<polygon class=\"rrh-chart__point\" points=\"");
                double[] corners = MarkerShapes.corners(marker, x, y, size);
                for (int i = 0; i < corners.length; i += 2) {
                    svg.append(i == 0 ? "" : " ").append(n(corners[i])).append(',').append(n(corners[i + 1]));
                }
                svg.append('"');
            }
        }
        svg.append(" fill=\"").append(style.hex()).append("\" stroke=\"").append(WHITE).append("\" stroke-width=\"1\"");
        end(marker == Marker.CIRCLE ? "circle" : marker == Marker.SQUARE ? "rect" : "polygon", hover);
    }

    /** Closes an element, with a hover tooltip ({@code <title>}) when there is one. */
    private void end(String element, String hover) {
        if (hover == null) {
            svg.append("/>\n");
        } else {
            svg.append("><title>").append(Xml.escape(hover)).append("</title></").append(element).append(">\n");
        }
    }

    private String hover(int category, int series, double value) {
        return chart.categories().get(category) + ", " + chart.series().get(series).name() + ": "
                + Numbers.label(value);
    }

    private void text(String cssClass, TextBlock block) {
        svg.append("<text");
        cssClass(cssClass);
        svg.append(" x=\"").append(n(block.x())).append("\" y=\"").append(n(block.baseline())).append('"');
        switch (block.anchor()) {
            case MIDDLE -> svg.append(" text-anchor=\"middle\"");
            case END -> svg.append(" text-anchor=\"end\"");
            case START -> {
                // the SVG default
            }
        }
        if (block.size() != type.textSize()) {
            svg.append(" font-size=\"").append(n(block.size())).append('"');
        }
        if (block.bold()) {
            svg.append(" font-weight=\"bold\"");
        }
        svg.append('>');
        if (block.lines().size() == 1) {
            svg.append(Xml.escape(block.lines().get(0)));
        } else {
            for (int i = 0; i < block.lines().size(); i++) {
                svg.append("<tspan x=\"").append(n(block.x())).append("\" y=\"")
                        .append(n(block.baseline() + i * block.lineHeight())).append("\">")
                        .append(Xml.escape(block.lines().get(i))).append("</tspan>");
            }
        }
        svg.append("</text>\n");
    }

    private void open(String cssClass) {
        svg.append("<g class=\"").append(cssClass).append("\">\n");
    }

    private void close() {
        svg.append("</g>\n");
    }

    private void cssClass(String cssClass) {
        if (cssClass != null) {
            svg.append(" class=\"").append(cssClass).append('"');
        }
    }

    private String patternId(int series) {
        return id + "-fill-" + series;
    }

    private static String n(double value) {
        return Numbers.coordinate(value);
    }
}
