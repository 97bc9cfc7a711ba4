package org.rrhub.charts;

import java.util.ArrayList;
import java.util.List;

/** Breaking text into lines at spaces so it fits a width; a single word too long for the width gets a line of its own. */
final class TextWrap {

    static final String ELLIPSIS = "\u2026";

    private TextWrap() {
    }

    static List<String> lines(String text, double maxWidth, double size, boolean bold, TextMeasure measure) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (line.isEmpty() || measure.width(longer, size, bold) <= maxWidth) {
                line.setLength(0);
                line.append(longer);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** At most {@code maxLines} lines of at most {@code maxWidth}; what does not fit is cut short with an ellipsis. */
    static List<String> clamp(String text, int maxLines, double maxWidth, double size, TextMeasure measure) {
        List<String> lines = lines(text, maxWidth, size, false, measure);
        int kept = Math.min(maxLines, lines.size());
        List<String> clamped = new ArrayList<>();
        for (int i = 0; i < kept; i++) {
            String line = i == kept - 1 ? String.join(" ", lines.subList(i, lines.size())) : lines.get(i);
            clamped.add(shorten(line, maxWidth, size, measure));
        }
        return clamped;
    }

    private static String shorten(String line, double maxWidth, double size, TextMeasure measure) {
        if (measure.width(line, size, false) <= maxWidth) {
            return line;
        }
        String shorter = line;
        while (!shorter.isEmpty() && measure.width(shorter + ELLIPSIS, size, false) > maxWidth) {
            shorter = shorter.substring(0, shorter.length() - 1).stripTrailing();
        }
        return shorter + ELLIPSIS;
    }
}
