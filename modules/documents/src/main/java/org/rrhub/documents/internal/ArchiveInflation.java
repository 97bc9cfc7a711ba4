package org.rrhub.documents.internal;

import org.rrhub.core.api.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Refuses a zip archive (DOCX and ODT are zip archives) that unpacks to more than {@link #MAX_RATIO} times its
 * size, before any parser opens it. Apache POI and Tika do guard against zip bombs, but only while parsing: a 408 KB
 * DOCX growing to 400 MB kept a request busy for 14 s and more (the whole part is inflated and buffered before their
 * checks answer), and its failure was not always recognised as a bomb. Here the entries are inflated into a counter,
 * nothing kept, and reading stops as soon as the limit is passed: the declared sizes are checked first, since a bomb
 * usually tells the truth about them, and the real bytes counted after, since a bomb may lie.
 *
 * <p>Real documents stay well inside the limit: text compresses 5 to 20 times, images not at all.
 */
final class ArchiveInflation {

    /** How many times its own size an archive may grow when unpacked. */
    static final int MAX_RATIO = 100;

    /** Small archives may grow more: a few kilobytes of repetitive XML can compress beyond the ratio. */
    static final long GRACE_BYTES = 1024 * 1024;

    static final String REFUSED = "The file expands to more than " + MAX_RATIO + " times its size when unpacked, "
            + "the limit for compressed documents (DOCX and ODT files are compressed archives), so it was refused as "
            + "a possible zip bomb. Save the document again from your word processor, or upload it as a PDF.";

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private ArchiveInflation() {
    }

    /** @throws InvalidInputException naming the field {@code file} when the archive passes the limit */
    static void check(Path file) throws IOException {
        if (!isZip(file)) {
            return;
        }
        long limit = Files.size(file) * MAX_RATIO + GRACE_BYTES;
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (IOException notReadableAsZip) {
            // A damaged archive is the parser's to report (as a document whose text could not be extracted).
            return;
        }
        try (zip) {
            long declared = 0;
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                declared += Math.max(0, entries.nextElement().getSize());
                if (declared > limit) {
                    throw refused();
                }
            }
            long inflated = 0;
            byte[] buffer = new byte[64 * 1024];
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        inflated += n;
                        if (inflated > limit) {
                            throw refused();
                        }
                    }
                } catch (IOException damagedEntry) {
                    return;
                }
            }
        }
    }

    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(ZIP_MAGIC.length);
            return java.util.Arrays.equals(head, ZIP_MAGIC);
        }
    }

    private static InvalidInputException refused() {
        return InvalidInputException.of("file", REFUSED);
    }
}
