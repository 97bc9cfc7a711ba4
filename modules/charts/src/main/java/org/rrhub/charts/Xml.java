package org.rrhub.charts;

/** Text made safe to put inside SVG elements and attribute values. */
final class Xml {

    private Xml() {
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    // control characters are not allowed in XML at all, escaped or not: a pasted label must not break
                    // the page
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        escaped.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
