package org.rrhub.charts;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import org.rrhub.charts.ChartLayout.Bar;
import org.rrhub.charts.ChartLayout.Box;
import org.rrhub.charts.ChartLayout.LegendEntry;
import org.rrhub.charts.ChartLayout.Point;
import org.rrhub.charts.ChartLayout.TextBlock;
import org.rrhub.charts.ChartLayout.Tick;
import org.rrhub.charts.ChartLayout.Trace;
import org.rrhub.charts.SeriesStyle.Fill;

import java.awt.Color;
import java.util.List;

/**
 * Draws a laid-out chart on a PDF canvas. The layout measures from the top down; PDF measures from the bottom up, so
 * every y is turned over on the way out.
 */
final class PdfPainter {

    private static final Color TEXT = new Color(0x0b0c0c);
    private static final Color GRID = new Color(0xb1b4b6);
    /** Fill patterns are drawn at the PDF's scale, so their marks keep the same proportion to the text. */
    private static final double PATTERN_SCALE = Typography.PDF.textSize() / Typography.SVG.textSize();

    private final Chart chart;
    private final ChartLayout layout;
    private final PdfContentByte canvas;
    private final Typography type = Typography.PDF;
    private final float left;
    private final float top;

    PdfPainter(Chart chart, ChartLayout layout, PdfContentByte canvas, float left, float top) {
        this.chart = chart;
        this.layout = layout;
        this.canvas = canvas;
        this.left = left;
        this.top = top;
    }

    void paint() {
        canvas.saveState();
        text(layout.title());
        if (layout.isEmpty()) {
            text(layout.emptyMessage());
        } else {
            legend();
            text(layout.axisTitle());
            grid();
            layout.categoryLabels().forEach(label -> text(label.label()));
            layout.bars().forEach(this::bar);
            layout.traces().forEach(this::trace);
            axes();
        }
        canvas.restoreState();
    }

    private void legend() {
        for (LegendEntry entry : layout.legend()) {
            SeriesStyle style = SeriesStyle.of(entry.series());
            Box swatch = entry.swatch();
            if (chart.kind() == Chart.Kind.BAR) {
                filledBox(swatch, style);
            } else {
                double middle = swatch.y() + swatch.height() / 2;
                line(style, List.of(new double[]{swatch.x(), middle}, new double[]{swatch.right(), middle}));
                marker(style, swatch.x() + swatch.width() / 2, middle);
            }
            text(entry.label());
        }
    }

    private void grid() {
        canvas.setColorStroke(GRID);
        canvas.setLineWidth(0.5f);
        for (Tick tick : layout.ticks()) {
            if (tick.value().signum() != 0) {
                horizontal(tick.y());
            }
        }
        canvas.stroke();
        layout.ticks().forEach(tick -> text(tick.label()));
    }

    private void bar(Bar bar) {
        filledBox(bar.box(), SeriesStyle.of(bar.series()));
    }

    /** The series colour, its pattern's white marks clipped to the box, and a solid outline in the colour. */
    private void filledBox(Box box, SeriesStyle style) {
        Color colour = new Color(style.rgb());
        canvas.saveState();
        rectangle(box);
        canvas.clip();
        canvas.newPath();
        canvas.setColorFill(colour);
        rectangle(box);
        canvas.fill();
        if (style.fill() != Fill.SOLID) {
            whiteMarks(box, style.fill());
        }
        canvas.restoreState();
        canvas.setColorStroke(colour);
        canvas.setLineWidth(0.5f);
        rectangle(box);
        canvas.stroke();
    }

    private void whiteMarks(Box box, Fill fill) {
        double tile = Fill.TILE * PATTERN_SCALE;
        canvas.setColorFill(Color.WHITE);
        canvas.setColorStroke(Color.WHITE);
        canvas.setLineWidth((float) (Fill.MARK_WIDTH * PATTERN_SCALE));
        List<double[]> lines = fill.lines();
        for (double tileX = box.x(); tileX < box.right(); tileX += tile) {
            for (double tileY = box.y(); tileY < box.bottom(); tileY += tile) {
                for (double[] line : lines) {
                    canvas.moveTo(x(tileX + line[0] * PATTERN_SCALE), y(tileY + line[1] * PATTERN_SCALE));
                    canvas.lineTo(x(tileX + line[2] * PATTERN_SCALE), y(tileY + line[3] * PATTERN_SCALE));
                }
                if (!lines.isEmpty()) {
                    canvas.stroke();
                }
                if (fill.hasDot()) {
                    canvas.circle(x(tileX + tile / 2), y(tileY + tile / 2), (float) (Fill.DOT_RADIUS * PATTERN_SCALE));
                    canvas.fill();
                }
            }
        }
    }

    private void trace(Trace trace) {
        SeriesStyle style = SeriesStyle.of(trace.series());
        for (List<Point> run : trace.runs()) {
            line(style, run.stream().map(point -> new double[]{point.x(), point.y()}).toList());
        }
        trace.points().forEach(point -> marker(style, point.x(), point.y()));
    }

    private void line(SeriesStyle style, List<double[]> points) {
        canvas.saveState();
        canvas.setColorStroke(new Color(style.rgb()));
        canvas.setLineWidth((float) type.lineWidth());
        canvas.setLineJoin(PdfContentByte.LINE_JOIN_ROUND);
        double[] dashes = style.dash().pattern(type.lineWidth());
        float[] pattern = new float[dashes.length];
        for (int i = 0; i < dashes.length; i++) {
            pattern[i] = (float) dashes[i];
        }
        canvas.setLineDash(pattern, 0);
        for (int i = 0; i < points.size(); i++) {
            double[] point = points.get(i);
            if (i == 0) {
                canvas.moveTo(x(point[0]), y(point[1]));
            } else {
                canvas.lineTo(x(point[0]), y(point[1]));
            }
        }
        canvas.stroke();
        canvas.restoreState();
    }

    private void marker(SeriesStyle style, double centreX, double centreY) {
        double size = type.markerSize();
        canvas.setColorFill(new Color(style.rgb()));
        canvas.setColorStroke(Color.WHITE);
        canvas.setLineWidth(0.5f);
        switch (style.marker()) {
            case CIRCLE -> canvas.circle(x(centreX), y(centreY), (float) (size / 2));
            case SQUARE -> {
                double side = size * 0.9;
                rectangle(new Box(centreX - side / 2, centreY - side / 2, side, side));
            }
            case TRIANGLE, DIAMOND -> {
                double[] corners = MarkerShapes.corners(style.marker(), centreX, centreY, size);
                canvas.moveTo(x(corners[0]), y(corners[1]));
                for (int i = 2; i < corners.length; i += 2) {
                    canvas.lineTo(x(corners[i]), y(corners[i + 1]));
                }
                canvas.closePath();
            }
        }
        canvas.fillStroke();
    }

    private void axes() {
        Box plot = layout.plot();
        canvas.setColorStroke(TEXT);
        canvas.setLineWidth(0.75f);
        horizontal(plot.bottom());
        canvas.moveTo(x(plot.x()), y(plot.y()));
        canvas.lineTo(x(plot.x()), y(plot.bottom()));
        canvas.stroke();
    }

    private void horizontal(double atY) {
        Box plot = layout.plot();
        canvas.moveTo(x(plot.x()), y(atY));
        canvas.lineTo(x(plot.right()), y(atY));
    }

    private void rectangle(Box box) {
        canvas.rectangle(x(box.x()), y(box.bottom()), (float) box.width(), (float) box.height());
    }

    private void text(TextBlock block) {
        BaseFont font = block.bold() ? Fonts.BOLD : Fonts.REGULAR;
        int alignment = switch (block.anchor()) {
            case START -> PdfContentByte.ALIGN_LEFT;
            case MIDDLE -> PdfContentByte.ALIGN_CENTER;
            case END -> PdfContentByte.ALIGN_RIGHT;
        };
        canvas.beginText();
        canvas.setColorFill(TEXT);
        canvas.setFontAndSize(font, (float) block.size());
        for (int i = 0; i < block.lines().size(); i++) {
            canvas.showTextAligned(alignment, block.lines().get(i), x(block.x()),
                    y(block.baseline() + i * block.lineHeight()), 0);
        }
        canvas.endText();
    }

    private float x(double fromLeft) {
        return (float) (left + fromLeft);
    }

    private float y(double fromTop) {
        return (float) (top - fromTop);
    }
}
