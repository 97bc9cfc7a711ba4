package org.rrhub.core.api;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * How the edge reads a request's path, so that the authentication mechanism, the filters and the error pages all
 * judge the same path the container routes by. A path written in an odd way ({@code /api;x/v1}, {@code //api},
 * {@code /./api}, {@code %00}, over-long UTF-8) is refused before anything else looks at it: none of the product's
 * own addresses is written so, and each rule that reads a path would otherwise have to undo every spelling itself.
 */
public final class RequestPaths {

    private RequestPaths() {
    }

    /** The path the container routes by: servlet path and path info, decoded, normalised, path parameters removed. */
    public static String routed(String servletPath, String pathInfo) {
        String path = (servletPath == null ? "" : servletPath) + (pathInfo == null ? "" : pathInfo);
        return path.isEmpty() ? "/" : path;
    }

    /**
     * True for the JSON API, however its first segment is spelled ({@code API}, {@code api;x}): the API never takes
     * the browser session and always answers problem+json.
     */
    public static boolean isApi(String path) {
        String rest = path;
        while (rest.startsWith("/")) {
            rest = rest.substring(1);
        }
        int end = rest.indexOf('/');
        String first = end < 0 ? rest : rest.substring(0, end);
        int parameters = first.indexOf(';');
        if (parameters >= 0) {
            first = first.substring(0, parameters);
        }
        return first.toLowerCase(Locale.ROOT).equals("api");
    }

    /**
     * Why the request target's path (as sent, before decoding: {@code getRequestURI()}) is refused, or empty when it
     * is written plainly.
     */
    public static Optional<String> oddSpelling(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.of("The address must start with /.");
        }
        if (rawPath.indexOf(';') >= 0) {
            return Optional.of("Path parameters (;) are not accepted in the address.");
        }
        Decoded decoded = decode(rawPath, true);
        if (decoded.problem() != null) {
            return Optional.of(decoded.problem());
        }
        String path = decoded.text();
        if (path.chars().anyMatch(RequestPaths::isControl)) {
            return Optional.of("Control characters (such as %00) are not accepted in the address.");
        }
        if (path.indexOf('\\') >= 0) {
            return Optional.of("A \\ is not accepted in the address.");
        }
        String[] segments = path.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.equals(".") || segment.equals("..")) {
                return Optional.of("Segments . and .. are not accepted in the address.");
            }
            if (segment.isEmpty() && i < segments.length - 1) {
                return Optional.of("Empty segments (//) are not accepted in the address.");
            }
        }
        return Optional.empty();
    }

    /**
     * The first query parameter (as sent: {@code getQueryString()}) whose name or value is not percent-encoded UTF-8
     * or holds a control character other than tab and line breaks; the field is the parameter's name.
     */
    public static Optional<FieldError> oddQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            Decoded name = decode(eq < 0 ? pair : pair.substring(0, eq), false);
            Decoded value = decode(eq < 0 ? "" : pair.substring(eq + 1), false);
            String field = name.problem() == null && !name.text().isBlank() && name.text().length() <= 100
                    && name.text().chars().noneMatch(RequestPaths::isControl) ? name.text() : "query";
            for (Decoded part : new Decoded[] {name, value}) {
                if (part.problem() != null) {
                    return Optional.of(new FieldError(field, part.problem()));
                }
                if (part.text().chars().anyMatch(ch -> isControl(ch) && ch != '\t' && ch != '\n' && ch != '\r')) {
                    return Optional.of(new FieldError(field,
                            "Control characters (such as %00) are not accepted; send text only."));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isControl(int ch) {
        return ch < 0x20 || ch == 0x7f || (ch >= 0x80 && ch < 0xa0);
    }

    private record Decoded(String text, String problem) {
    }

    /** Percent-decoding that refuses what a lenient decoder would quietly turn into U+FFFD or a separator. */
    private static Decoded decode(String raw, boolean path) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int value = i + 2 < raw.length() ? hex(raw.charAt(i + 1), raw.charAt(i + 2)) : -1;
                if (value < 0) {
                    return new Decoded(null, "A % must be followed by two hexadecimal digits.");
                }
                if (path && (value == '/' || value == '\\' || value == ';')) {
                    return new Decoded(null, "An encoded /, \\ or ; is not accepted in the address.");
                }
                bytes.write(value);
                i += 2;
            } else if (c > 0x7e || c < 0x20) {
                return new Decoded(null, "Must be percent-encoded UTF-8.");
            } else {
                bytes.write(path || c != '+' ? c : ' ');
            }
        }
        try {
            return new Decoded(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString(), null);
        } catch (CharacterCodingException e) {
            // Over-long forms (%C0%AE for ".") and broken sequences alike.
            return new Decoded(null, "Not valid UTF-8 (over-long or broken byte sequences).");
        }
    }

    private static int hex(char high, char low) {
        int h = Character.digit(high, 16);
        int l = Character.digit(low, 16);
        return h < 0 || l < 0 ? -1 : h * 16 + l;
    }
}
