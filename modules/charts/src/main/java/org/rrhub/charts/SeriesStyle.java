package org.rrhub.charts;

import java.util.List;

/**
 * How one series looks. Colour alone would fail people who cannot tell the colours apart (WCAG 1.4.1), so every
 * series also has its own marker and dash (lines) or fill pattern (bars). Colours are from the GOV.UK palette and all
 * have at least 3:1 contrast against white, as graphical objects need (WCAG 1.4.11).
 */
record SeriesStyle(int rgb, Marker marker, Dash dash, Fill fill) {

    /** blue, red, green, purple, dark grey, brown. GOV.UK orange (#f47738) is left out: only 2.8:1 on white. */
    static final List<Integer> PALETTE = List.of(0x1d70b8, 0xd4351c, 0x00703c, 0x4c2c92, 0x505a5f, 0xb58840);

    enum Marker { CIRCLE, SQUARE, TRIANGLE, DIAMOND }

    /** Dash and gap lengths in multiples of the line's width, so the SVG and the PDF look alike at their own sizes. */
    enum Dash {
        SOLID(), DASHED(3.3, 2), DOTTED(1, 1.5);

        private final double[] pattern;

        Dash(double... pattern) {
            this.pattern = pattern;
        }

        double[] pattern(double lineWidth) {
            double[] scaled = new double[pattern.length];
            for (int i = 0; i < pattern.length; i++) {
                scaled[i] = pattern[i] * lineWidth;
            }
            return scaled;
        }
    }

    /**
     * White marks over the series colour, repeated on a square tile of {@value #TILE} units with marks
     * {@value #MARK_WIDTH} wide; the bar keeps a solid outline in its colour. Lines are {x1, y1, x2, y2}; the diagonal
     * ones run past the tile's corners so neighbouring tiles join up without notches.
     */
    enum Fill {
        SOLID(false),
        DIAGONAL(false, DIAGONAL_LINES),
        DOTS(true),
        CROSSHATCH(false, DIAGONAL_LINES[0], DIAGONAL_LINES[1], DIAGONAL_LINES[2],
                new double[]{-2, 6, 2, 10}, new double[]{0, 0, 8, 8}, new double[]{6, -2, 10, 2}),
        HORIZONTAL(false, new double[]{0, 4, 8, 4}),
        VERTICAL(false, new double[]{4, 0, 4, 8});

        static final double TILE = 8;
        static final double MARK_WIDTH = 2;
        /** A dot in the middle of the tile. */
        static final double DOT_RADIUS = 1.6;

        private final boolean dot;
        private final List<double[]> lines;

        Fill(boolean dot, double[]... lines) {
            this.dot = dot;
            this.lines = List.of(lines);
        }

        boolean hasDot() {
            return dot;
        }

        List<double[]> lines() {
            return lines.stream().map(double[]::clone).toList();
        }
    }

    private static final double[][] DIAGONAL_LINES = {{-2, 2, 2, -2}, {0, 8, 8, 0}, {6, 10, 10, 6}};

    static SeriesStyle of(int series) {
        // four markers against three dashes: no two of the first twelve series share both
        Marker[] markers = Marker.values();
        Dash[] dashes = Dash.values();
        Fill[] fills = Fill.values();
        return new SeriesStyle(PALETTE.get(series % PALETTE.size()), markers[series % markers.length],
                dashes[series % dashes.length], fills[series % fills.length]);
    }

    String hex() {
        return String.format("#%06x", rgb);
    }
}
