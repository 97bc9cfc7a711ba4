package org.rrhub.web.support;

import org.rrhub.core.api.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where the next page of a newest-first list starts, handed to clients as an opaque string: the position (the
 * sequence number of the last entry of the page before) is the server's business, and may change form.
 */
public final class PageCursor {

    private static final String PREFIX = "before:";

    private PageCursor() {
    }

    public static String after(long lastSequenceOfPage) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + lastSequenceOfPage).getBytes(StandardCharsets.US_ASCII));
    }

    /** The sequence number the next page comes before; a cursor this server did not make is refused by name. */
    public static long before(String cursor) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (decoded.startsWith(PREFIX)) {
                long sequence = Long.parseLong(decoded.substring(PREFIX.length()));
                if (sequence > 0) {
                    return sequence;
                }
            }
        } catch (IllegalArgumentException notOurs) {
            // base64 or number broken: refused below
        }
        throw InvalidInputException.of("cursor",
                "Not a cursor this service gave out: send back the cursor of the Link header's \"next\" page as it is.");
    }

    /**
     * The page size asked for: absent means the default; anything but a whole number from 1 to max is refused
     * by name rather than quietly changed.
     */
    public static int limit(String limit, int defaultLimit, int max) {
        if (limit == null || limit.isEmpty()) {
            return defaultLimit;
        }
        try {
            int value = Integer.parseInt(limit.strip());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw InvalidInputException.of("limit", "Expected a whole number from 1 to " + max + " (default "
                + defaultLimit + ").");
    }
}
