package org.rrhub.charts;

/** WCAG 2.2 contrast ratio, from the definition of relative luminance, independent of the code under test. */
final class Contrast {

    private Contrast() {
    }

    static double ratio(int rgb1, int rgb2) {
        double lighter = Math.max(luminance(rgb1), luminance(rgb2));
        double darker = Math.min(luminance(rgb1), luminance(rgb2));
        return (lighter + 0.05) / (darker + 0.05);
    }

    static double luminance(int rgb) {
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int shifted) {
        double c = (shifted & 0xff) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
