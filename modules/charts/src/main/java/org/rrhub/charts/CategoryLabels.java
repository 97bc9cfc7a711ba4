package org.rrhub.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * Which category labels to show and how to break them, so that none overlap. Labels wrap onto up to
 * {@value #MOST_LINES} lines ("Jan" over "2026"). Beyond {@value #MOST_LABELS} categories only every second (third,
 * ...) one is labelled; every value is still in the page's data table.
 * <p>
 * When labels are still too wide, a line chart labels fewer categories, since its categories are usually periods a
 * reader can count along; a bar chart shortens them instead, since its categories are usually named things, such as
 * wards, and a bar without a name cannot be read.
 */
final class CategoryLabels {

    static final int MOST_LABELS = 12;
    static final int MOST_LINES = 3;

    /** A label to draw, centred on its category. */
    record Placed(int category, double x, List<String> lines) {
        Placed {
            lines = List.copyOf(lines);
        }
    }

    private CategoryLabels() {
    }

    static List<Placed> place(Chart.Kind kind, List<String> categories, double plotLeft, double band,
                              double canvasWidth, Typography type) {
        int fewestSteps = Math.max(1, (int) Math.ceil(categories.size() / (double) MOST_LABELS));
        int mostSteps = kind == Chart.Kind.LINE ? categories.size() : fewestSteps;
        for (int every = fewestSteps; every <= mostSteps; every++) {
            List<Placed> placed = tryEvery(every, categories, plotLeft, band, canvasWidth, type, false);
            if (placed != null) {
                return placed;
            }
        }
        return tryEvery(fewestSteps, categories, plotLeft, band, canvasWidth, type, true);
    }

    private static List<Placed> tryEvery(int every, List<String> categories, double plotLeft, double band,
                                         double canvasWidth, Typography type, boolean shorten) {
        double size = type.textSize();
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < categories.size(); i += every) {
            double x = plotLeft + (i + 0.5) * band;
            // the space up to the next shown label, and no further than the canvas edge on either side
            double room = Math.min(every * band - type.gap(), 2 * Math.min(x, canvasWidth - x));
            List<String> lines = shorten
                    ? TextWrap.clamp(categories.get(i), MOST_LINES, room, size, type.measure())
                    : TextWrap.lines(categories.get(i), room, size, false, type.measure());
            boolean fits = lines.size() <= MOST_LINES
                    && lines.stream().allMatch(line -> type.width(line, size, false) <= room);
            if (!fits && !shorten) {
                return null;
            }
            placed.add(new Placed(i, x, lines));
        }
        return placed;
    }
}
