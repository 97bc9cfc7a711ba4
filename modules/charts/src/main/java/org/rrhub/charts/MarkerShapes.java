package org.rrhub.charts;

/** The corners of the pointed markers, shared by the SVG and the PDF so both draw the same shapes. */
final class MarkerShapes {

    private MarkerShapes() {
    }

    /**
     * Corners as x0, y0, x1, y1, ... with y downwards, around (x, y), for a marker about {@code size} across. The
     * triangle and diamond are drawn a little larger than the circle, as pointed shapes look smaller at equal width.
     */
    static double[] corners(SeriesStyle.Marker marker, double x, double y, double size) {
        return switch (marker) {
            case TRIANGLE -> {
                double half = size * 0.6;
                yield new double[]{x, y - half, x + half, y + half * 0.8, x - half, y + half * 0.8};
            }
            case DIAMOND -> {
                double half = size * 0.65;
                yield new double[]{x, y - half, x + half, y, x, y + half, x - half, y};
            }
            case CIRCLE, SQUARE -> throw new IllegalArgumentException(marker + " has no corners to list");
        };
    }
}
