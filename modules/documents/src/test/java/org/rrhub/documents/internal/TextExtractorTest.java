package org.rrhub.documents.internal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rrhub.core.api.FieldError;
import org.rrhub.core.api.InvalidInputException;
import org.rrhub.documents.api.TextState;
import org.rrhub.documents.testing.SampleFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/** Real Apache Tika (and Tesseract where installed) on small generated files. */
class TextExtractorTest {

    private final TextExtractor extractor = new TextExtractor();
    private final List<Path> files = new ArrayList<>();

    @AfterEach
    void deleteFiles() throws IOException {
        for (Path f : files) {
            Files.deleteIfExists(f);
        }
    }

    private Path file(byte[] bytes) throws IOException {
        Path f = Files.createTempFile("extractor-test", ".bin");
        Files.write(f, bytes);
        files.add(f);
        return f;
    }

    private TextExtractor.Extraction read(byte[] bytes, String name) throws IOException {
        Path f = file(bytes);
        return extractor.extract(f, extractor.detect(f, name));
    }

    @Test
    void typesComeFromTheContentAndTextIsExtracted() throws IOException {
        var pdf = read(SampleFiles.pdf("Reducing restrictive practice strategy"), "strategy.docx");
        assertThat(pdf.mediaType()).isEqualTo("application/pdf");
        assertThat(pdf.text()).contains("Reducing restrictive practice strategy");
        assertThat(pdf.state()).isEqualTo(TextState.EXTRACTED);

        var docx = read(SampleFiles.docx("Debriefing after every restraint"), "debrief.pdf");
        assertThat(docx.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(docx.text()).contains("Debriefing after every restraint");

        var markdown = read("# Seclusion\n\nReview within *two hours*.".getBytes(StandardCharsets.UTF_8), "seclusion.md");
        assertThat(markdown.mediaType()).isEqualTo("text/markdown");
        assertThat(markdown.text()).contains("Review within");
    }

    @Test
    void anExecutableIsRefusedWhateverItsName() throws IOException {
        Path exe = file(SampleFiles.executable());
        assertThatThrownBy(() -> extractor.detect(exe, "board-minutes.pdf"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("file");
    }

    @Test
    void aTruncatedPdfIsKeptWithoutText() throws IOException {
        var truncated = read(SampleFiles.truncatedPdf(), "policy.pdf");
        assertThat(truncated.mediaType()).isEqualTo("application/pdf");
        assertThat(truncated.state()).isIn(TextState.NOT_EXTRACTABLE, TextState.NO_TEXT);
    }

    @Test
    void anEncryptedPdfIsKeptAsNotExtractable() throws IOException {
        var encrypted = read(SampleFiles.encryptedPdf("Board minutes, confidential"), "minutes.pdf");
        assertThat(encrypted.mediaType()).isEqualTo("application/pdf");
        assertThat(encrypted.state()).isEqualTo(TextState.NOT_EXTRACTABLE);
        assertThat(encrypted.text()).isEmpty();
    }

    @Test
    void aZipBombInsideADocxIsRefusedWhenItsTypeIsDetected() throws IOException {
        byte[] bomb = SampleFiles.zipBombDocx(20);
        assertThat(bomb.length).isLessThan(100 * 1024);
        Path f = file(bomb);
        assertThatThrownBy(() -> extractor.detect(f, "policy.docx"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors().get(0))
                        .isEqualTo(new FieldError("file", ArchiveInflation.REFUSED)));
    }

    /** The bomb of the report: about 408 KB growing to 400 MB, which took 14 s to answer a 500. */
    @Test
    void aFourHundredMegabyteBombIsRefusedFastNamingTheLimit() throws IOException {
        Path f = file(SampleFiles.largeZipBombDocx(400));
        assertThat(Files.size(f)).isBetween(300L * 1024, 500L * 1024);

        long started = System.nanoTime();
        assertThatThrownBy(() -> extractor.detect(f, "policy.docx"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).singleElement()
                        .satisfies(error -> {
                            assertThat(error.field()).isEqualTo("file");
                            assertThat(error.message()).contains("more than 100 times its size");
                        }));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(millis).as("refused in %d ms", millis).isLessThan(2_000);
    }

    @Test
    void anArchiveThatLiesAboutItsSizesIsMeasuredByWhatItInflatesTo() throws IOException {
        byte[] bomb = SampleFiles.largeZipBombDocx(60);
        byte[] lying = SampleFiles.withDeclaredSizesZeroed(bomb);
        Path f = file(lying);
        assertThatThrownBy(() -> ArchiveInflation.check(f))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("100 times");
    }

    @Test
    void ordinaryDocumentsPassTheArchiveCheck() throws IOException {
        var docx = read(SampleFiles.docx("Debriefing after every restraint ".repeat(2000)), "debrief.docx");
        assertThat(docx.state()).isEqualTo(TextState.EXTRACTED);
        ArchiveInflation.check(file(SampleFiles.pdf("Not an archive")));
    }

    @Test
    void scansAreReadByOcrWhenTesseractIsInstalled() throws IOException {
        assumeThat(extractor.tesseractInstalled()).as("tesseract on the PATH").isTrue();
        var png = read(SampleFiles.png("SECLUSION REVIEW"), "minutes.png");
        assertThat(png.mediaType()).isEqualTo("image/png");
        assertThat(png.state()).isEqualTo(TextState.EXTRACTED_BY_OCR);
        assertThat(png.text().toUpperCase()).contains("SECLUSION");

        var scannedPdf = read(SampleFiles.scannedPdf("BOARD MINUTES"), "minutes.pdf");
        assertThat(scannedPdf.state()).isEqualTo(TextState.EXTRACTED_BY_OCR);
        assertThat(scannedPdf.text().toUpperCase()).contains("BOARD");
    }
}
