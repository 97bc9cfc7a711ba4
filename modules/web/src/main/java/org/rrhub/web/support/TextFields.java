package org.rrhub.web.support;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The text fields of a request body, read to find those that break {@link ControlCharacters}: every string value
 * and member name of a JSON document, named by its path ("reviewer", "findings[2].comment"), and every field of a
 * URL-encoded form. A body that is not well-formed is left to the reader that binds it, which reports it.
 */
public final class TextFields {

    private TextFields() {
    }

    /** The paths of the JSON document's strings (or member names) that hold a refused character, in order. */
    public static List<String> refusedInJson(byte[] body) {
        Set<String> refused = new LinkedHashSet<>();
        Deque<Object> path = new ArrayDeque<>();
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                switch (event) {
                    case START_OBJECT, START_ARRAY -> {
                        if (!path.isEmpty() && path.peek() instanceof Integer index) {
                            path.pop();
                            path.push(index + 1);
                        }
                        path.push(event == JsonParser.Event.START_ARRAY ? (Object) (-1) : (Object) "");
                    }
                    case END_OBJECT, END_ARRAY -> path.pop();
                    case KEY_NAME -> {
                        path.pop();
                        path.push(parser.getString());
                        if (ControlCharacters.anyIn(parser.getString())) {
                            refused.add(name(path));
                        }
                    }
                    case VALUE_STRING -> {
                        nextElement(path);
                        if (ControlCharacters.anyIn(parser.getString())) {
                            refused.add(name(path));
                        }
                    }
                    default -> nextElement(path);
                }
            }
        } catch (JsonParsingException | java.util.NoSuchElementException | IllegalStateException notJson) {
            // Not well-formed: JSON-B refuses it when it binds the body.
        }
        return new ArrayList<>(refused);
    }

    /** A URL-encoded form as sent: the first value of each field, and the fields with a refused character. */
    public record Form(Map<String, String> values, List<String> refused) {
    }

    /**
     * A URL-encoded form's fields decoded as UTF-8, every value of a repeated field checked; null when the body is
     * not a well-formed form (the container reports that).
     */
    public static Form form(byte[] body) {
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> refused = new LinkedHashSet<>();
        try {
            for (String pair : new String(body, StandardCharsets.ISO_8859_1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                values.putIfAbsent(name, value);
                if (ControlCharacters.anyIn(name) || ControlCharacters.anyIn(value)) {
                    refused.add(ControlCharacters.removedFrom(name));
                }
            }
        } catch (IllegalArgumentException malformedEncoding) {
            return null;
        }
        return new Form(values, new ArrayList<>(refused));
    }

    /** A scalar in an array moves the array's index on; in an object the member name is already on the path. */
    private static void nextElement(Deque<Object> path) {
        if (!path.isEmpty() && path.peek() instanceof Integer index) {
            path.pop();
            path.push(index + 1);
        }
    }

    private static String name(Deque<Object> path) {
        StringBuilder name = new StringBuilder();
        var it = path.descendingIterator();
        while (it.hasNext()) {
            Object step = it.next();
            if (step instanceof Integer index) {
                name.append('[').append(index).append(']');
            } else {
                if (name.length() > 0) {
                    name.append('.');
                }
                name.append(ControlCharacters.removedFrom((String) step));
            }
        }
        return name.length() == 0 ? "body" : name.toString();
    }
}
