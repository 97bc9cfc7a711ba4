package org.rrhub.documents.internal;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.SecureContentHandler;
import org.rrhub.core.api.InvalidInputException;
import org.rrhub.documents.api.TextState;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Apache Tika, used twice: to detect a file's type from its content (the name only refines plain text into
 * Markdown), and to extract its text, with OCR by Tesseract for scans when Tesseract is installed. Archives that
 * expand beyond the limits (zip bombs inside DOCX or ODT) are refused; any other failure to read the text leaves
 * the file stored as "text could not be extracted".
 */
@ApplicationScoped
class TextExtractor {

    private static final Logger LOG = Logger.getLogger(TextExtractor.class.getName());

    /** The types accepted, by what Tika detects in the content, with the label people see. */
    static final Map<String, String> ACCEPTED = Map.ofEntries(
            Map.entry("application/pdf", "PDF"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (DOCX)"),
            Map.entry("application/vnd.oasis.opendocument.text", "OpenDocument text (ODT)"),
            Map.entry("application/rtf", "Rich text (RTF)"),
            Map.entry("text/html", "HTML"),
            Map.entry("application/xhtml+xml", "HTML"),
            Map.entry("text/x-web-markdown", "Markdown"),
            Map.entry("text/markdown", "Markdown"),
            Map.entry("text/plain", "Plain text"),
            Map.entry("image/png", "PNG image"),
            Map.entry("image/jpeg", "JPEG image"));

    private static final Set<String> SCANS = Set.of("image/png", "image/jpeg");
    static final int MAX_TEXT_CHARS = 2_000_000;

    private final TikaConfig tika = TikaConfig.getDefaultConfig();
    private final Detector detector = tika.getDetector();
    private final Parser parser = new AutoDetectParser(tika);
    private final TesseractOCRParser ocr = new TesseractOCRParser();
    private volatile Boolean tesseractInstalled;

    record Extraction(String mediaType, String text, TextState state) {
    }

    /**
     * The type detected from the content; refused unless it is one of {@link #ACCEPTED}. An archive is measured
     * first ({@link ArchiveInflation}): detecting a DOCX or ODT already unpacks parts of it.
     */
    String detect(Path file, String fileName) {
        try {
            ArchiveInflation.check(file);
        } catch (IOException e) {
            throw InvalidInputException.of("file", "The file could not be read");
        }
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        try (TikaInputStream in = TikaInputStream.get(file)) {
            MediaType type = detector.detect(in, metadata);
            String base = type.getBaseType().toString();
            if (!ACCEPTED.containsKey(base)) {
                throw InvalidInputException.of("file", "The file must be a PDF, Word (DOCX), OpenDocument text, RTF, "
                        + "HTML, Markdown or plain text document, or a PNG or JPEG scan; this one is " + base);
            }
            return base;
        } catch (IOException e) {
            throw InvalidInputException.of("file", "The file could not be read");
        }
    }

    Extraction extract(Path file, String mediaType) {
        boolean scan = SCANS.contains(mediaType);
        if (scan && !tesseractInstalled()) {
            return new Extraction(mediaType, "", TextState.NO_TEXT);
        }
        BodyContentHandler body = new BodyContentHandler(MAX_TEXT_CHARS);
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, mediaType);
        try (TikaInputStream in = TikaInputStream.get(file)) {
            SecureContentHandler guard = new SecureContentHandler(body, in);
            guard.setMaximumCompressionRatio(100);
            guard.setOutputThreshold(1_000_000);
            guard.setMaximumDepth(100);
            try {
                (scan ? ocr : parser).parse(in, guard, metadata, context());
            } catch (SAXException e) {
                if (body.toString().length() >= MAX_TEXT_CHARS) {
                    return finish(mediaType, body.toString(), scan);
                }
                guard.throwIfCauseOf(e);
                throw e;
            }
            return finish(mediaType, body.toString(), scan || usedOcr(metadata));
        } catch (SAXException e) {
            // SecureContentHandler says so when an archive inflates beyond the limits.
            throw InvalidInputException.of("file", ArchiveInflation.REFUSED);
        } catch (TikaException e) {
            if (isZipBomb(e)) {
                throw InvalidInputException.of("file", ArchiveInflation.REFUSED);
            }
            LOG.log(Level.INFO, "No text from a " + mediaType + (e instanceof EncryptedDocumentException
                    ? " (encrypted)" : "") + ": " + e.getMessage());
            return new Extraction(mediaType, "", TextState.NOT_EXTRACTABLE);
        } catch (IOException | RuntimeException e) {
            if (isZipBomb(e)) {
                throw InvalidInputException.of("file", ArchiveInflation.REFUSED);
            }
            LOG.log(Level.INFO, "No text from a " + mediaType + ": " + e);
            return new Extraction(mediaType, "", TextState.NOT_EXTRACTABLE);
        }
    }

    private ParseContext context() {
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(tesseractInstalled() ? PDFParserConfig.OCR_STRATEGY.AUTO
                : PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, pdf);
        TesseractOCRConfig tesseract = new TesseractOCRConfig();
        tesseract.setLanguage("eng");
        tesseract.setTimeoutSeconds(120);
        tesseract.setSkipOcr(!tesseractInstalled());
        context.set(TesseractOCRConfig.class, tesseract);
        return context;
    }

    private static Extraction finish(String mediaType, String text, boolean ocr) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return new Extraction(mediaType, "", TextState.NO_TEXT);
        }
        return new Extraction(mediaType, trimmed, ocr ? TextState.EXTRACTED_BY_OCR : TextState.EXTRACTED);
    }

    private static boolean usedOcr(Metadata metadata) {
        return metadata.get("pdf:ocrPageCount") != null && !"0".equals(metadata.get("pdf:ocrPageCount"));
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (message.contains("zip bomb") || message.contains("compression ratio")
                    || t.getClass().getSimpleName().contains("ZipBomb")) {
                return true;
            }
        }
        return false;
    }

    boolean tesseractInstalled() {
        if (tesseractInstalled == null) {
            try {
                ocr.initialize(Map.of());
                tesseractInstalled = ocr.hasTesseract();
            } catch (Exception e) {
                tesseractInstalled = false;
            }
        }
        return tesseractInstalled;
    }
}
