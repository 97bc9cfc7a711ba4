package org.rrhub.charts;

import java.util.Objects;

/**
 * A chart as an inline {@code <svg>} element for a web page. It is an image with a name (the title) and a description
 * (the summary) for screen readers; the page shows the numbers in a data table of its own. The markup has no scripts,
 * styles or links out, and is the same string every time for the same chart.
 */
public final class SvgChart {

    /** The canvas: it scales to the width of its container, text and all. */
    static final double WIDTH = 720;
    static final double PLOT_HEIGHT = 280;

    private SvgChart() {
    }

    /**
     * @param idPrefix makes the ids inside the SVG unique on the page, so give each chart on a page its own; anything
     *                 but letters, digits and hyphens is replaced by a hyphen
     */
    public static String render(Chart chart, String idPrefix) {
        Objects.requireNonNull(chart, "chart");
        ChartLayout layout = ChartLayout.forWidth(chart, WIDTH, PLOT_HEIGHT, Typography.SVG);
        return new SvgPainter(chart, layout, idPrefix(idPrefix)).paint();
    }

    static String idPrefix(String requested) {
        Objects.requireNonNull(requested, "idPrefix");
        if (requested.isBlank()) {
            throw new IllegalArgumentException("idPrefix must not be blank: the chart's ids must be unique on the page");
        }
        String safe = requested.strip().replaceAll("[^A-Za-z0-9-]", "-");
        // an id that starts with a digit cannot be used unescaped in a CSS selector
        return Character.isLetter(safe.charAt(0)) ? safe : "chart-" + safe;
    }
}
