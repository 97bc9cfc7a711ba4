package org.rrhub.web.support;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * File names in Content-Disposition headers, both ways: read from an upload's part, and written for a download
 * (RFC 6266 with the RFC 8187 {@code filename*} parameter, so every client gets the name back as it was).
 */
public final class ContentDispositionNames {

    /** {@code filename*=charset'language'percent-encoded}, the language usually empty. */
    private static final Pattern EXTENDED = Pattern.compile(
            "(?i)(?:^|;)\\s*filename\\*\\s*=\\s*([A-Za-z0-9!#$%&+^_`{}~-]+)'[^']*'([^;\\s]*)");

    private ContentDispositionNames() {
    }

    /** The {@code filename*} parameter decoded, if the header has one in a charset Java knows. */
    public static Optional<String> extendedFileName(String disposition) {
        Matcher m = EXTENDED.matcher(disposition);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            Charset charset = Charset.forName(m.group(1));
            return Optional.of(new String(percentDecoded(m.group(2)), charset));
        } catch (IllegalArgumentException unknownCharsetOrBadEscape) {
            // IllegalCharsetNameException and UnsupportedCharsetException are IllegalArgumentExceptions too.
            return Optional.empty();
        }
    }

    /**
     * A plain {@code filename} as the sender wrote it. Browsers send it in UTF-8 (the HTML standard says so), while
     * the container reads header bytes as ISO-8859-1; when the characters read are bytes that make valid UTF-8,
     * that UTF-8 is the name. A name already read right (a character beyond ISO-8859-1) or not valid UTF-8 as bytes
     * (a real ISO-8859-1 name such as "r\u00e9sum\u00e9.pdf" sent as Latin-1) is kept as it is.
     */
    public static String asSentInUtf8(String name) {
        boolean beyondAscii = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c > 0xFF) {
                return name;
            }
            beyondAscii |= c > 0x7F;
        }
        if (!beyondAscii) {
            return name;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(name.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException notUtf8) {
            return name;
        }
    }

    /** {@code attachment} with an ASCII {@code filename} for old clients and the exact name in {@code filename*}. */
    public static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + percentEncoded(fileName);
    }

    /** RFC 8187 attr-chars stay as they are; every other byte of the UTF-8 is percent-encoded. */
    static String percentEncoded(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    private static byte[] percentDecoded(String value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%') {
                if (i + 2 >= value.length()) {
                    throw new IllegalArgumentException("A % without two hex digits");
                }
                int high = Character.digit(value.charAt(i + 1), 16);
                int low = Character.digit(value.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    throw new IllegalArgumentException("A % without two hex digits");
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toByteArray();
    }
}
