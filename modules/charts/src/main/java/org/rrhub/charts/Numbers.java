package org.rrhub.charts;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** One way of writing numbers, so the same chart always gives the same bytes whatever the server's locale. */
final class Numbers {

    private Numbers() {
    }

    /** For people: "1,234.57" (UK grouping, at most two decimals). */
    static String label(double value) {
        return format(value, "#,##0.##");
    }

    /** For SVG coordinates and lengths: "1234.57", never grouped, never "-0". */
    static String coordinate(double value) {
        return format(value, "0.##");
    }

    private static String format(double value, String pattern) {
        // DecimalFormat is not thread-safe, and is cheap next to laying out a chart
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.UK));
        format.setRoundingMode(RoundingMode.HALF_UP);
        String text = format.format(value);
        return text.equals("-0") ? "0" : text;
    }
}
