package org.rrhub.web.support;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ContentDispositionNamesTest {

    /** How the container hands over a header's UTF-8 bytes: each byte read as one ISO-8859-1 character. */
    private static String asTheContainerReadsIt(String name) {
        return new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    @Test
    void aPlainUtf8FileNameIsReadAsTheUtf8ItWas() {
        assertThat(asTheContainerReadsIt("r\u00e9sum\u00e9.pdf")).isEqualTo("r\u00c3\u00a9sum\u00c3\u00a9.pdf");
        assertThat(ContentDispositionNames.asSentInUtf8(asTheContainerReadsIt("r\u00e9sum\u00e9.pdf")))
                .isEqualTo("r\u00e9sum\u00e9.pdf");
        assertThat(ContentDispositionNames.asSentInUtf8(asTheContainerReadsIt("\u65e5\u672c\u8a9e \ud83d\ude00.docx")))
                .isEqualTo("\u65e5\u672c\u8a9e \ud83d\ude00.docx");
    }

    @Test
    void namesThatAreNotUtf8BytesAreKept() {
        assertThat(ContentDispositionNames.asSentInUtf8("policy.pdf")).isEqualTo("policy.pdf");
        assertThat(ContentDispositionNames.asSentInUtf8("r\u00e9sum\u00e9.pdf")).as("Latin-1 as sent")
                .isEqualTo("r\u00e9sum\u00e9.pdf");
        assertThat(ContentDispositionNames.asSentInUtf8("\u65e5\u672c.pdf")).isEqualTo("\u65e5\u672c.pdf");
    }

    @Test
    void theExtendedParameterIsDecodedInItsCharset() {
        assertThat(ContentDispositionNames.extendedFileName(
                "form-data; name=\"file\"; filename=\"resume.pdf\"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf"))
                .contains("r\u00e9sum\u00e9.pdf");
        assertThat(ContentDispositionNames.extendedFileName("form-data; name=\"file\"; filename*=utf-8'en'a%20b.txt"))
                .contains("a b.txt");
        assertThat(ContentDispositionNames.extendedFileName("form-data; name=\"file\"; FILENAME*=ISO-8859-1''caf%E9.txt"))
                .contains("caf\u00e9.txt");
        assertThat(ContentDispositionNames.extendedFileName("form-data; name=\"file\"; filename=\"a.txt\"")).isEmpty();
        assertThat(ContentDispositionNames.extendedFileName("form-data; filename*=UTF-8''bad%zz")).isEmpty();
        assertThat(ContentDispositionNames.extendedFileName("form-data; filename*=NOPE''a.txt")).isEmpty();
    }

    @Test
    void aDownloadSendsAnAsciiNameAndTheExactOne() {
        assertThat(ContentDispositionNames.attachment("r\u00e9sum\u00e9 (v2)*.pdf"))
                .isEqualTo("attachment; filename=\"r_sum_ _v2__.pdf\"; filename*=UTF-8''r%C3%A9sum%C3%A9%20%28v2%29%2A.pdf");
        assertThat(ContentDispositionNames.extendedFileName(ContentDispositionNames.attachment("\u65e5\u672c \"x\".pdf")))
                .contains("\u65e5\u672c \"x\".pdf");
    }
}
