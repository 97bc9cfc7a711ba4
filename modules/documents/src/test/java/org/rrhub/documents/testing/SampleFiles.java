package org.rrhub.documents.testing;

import com.lowagie.text.Document;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files generated for tests: real documents, scans, and the bad inputs the library must survive. */
public final class SampleFiles {

    private SampleFiles() {
    }

    public static byte[] pdf(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(text));
        document.close();
        return out.toByteArray();
    }

    /** A PDF whose only content is a picture of the words: a scanned page. */
    public static byte[] scannedPdf(String words) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        Image image = Image.getInstance(png(words));
        image.scaleToFit(500, 200);
        document.add(image);
        document.close();
        return out.toByteArray();
    }

    /** A PDF that opens only with a password. */
    public static byte[] encryptedPdf(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setEncryption("user-secret".getBytes(StandardCharsets.UTF_8),
                "owner-secret".getBytes(StandardCharsets.UTF_8), 0, PdfWriter.STANDARD_ENCRYPTION_128);
        document.open();
        document.add(new Paragraph(text));
        document.close();
        return out.toByteArray();
    }

    public static byte[] truncatedPdf() {
        byte[] whole = pdf("Seclusion policy, approved by the board");
        return Arrays.copyOf(whole, whole.length / 2);
    }

    public static byte[] png(String words) throws IOException {
        BufferedImage image = new BufferedImage(1400, 220, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 72));
        g.drawString(words, 40, 140);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    public static byte[] docx(String text) throws IOException {
        return docxWithBody("<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>");
    }

    /** A few KB that inflate to far more: a DOCX whose document part is megabytes of the same letter. */
    public static byte[] zipBombDocx(int inflatedMegabytes) throws IOException {
        return docxWithBody("<w:p><w:r><w:t>" + "a".repeat(inflatedMegabytes * 1024 * 1024) + "</w:t></w:r></w:p>");
    }

    /**
     * A DOCX whose document part inflates to {@code inflatedMegabytes} MB of one letter, written a megabyte at a
     * time so that even a 400 MB bomb (about 400 KB on disk) is made without holding it in memory.
     */
    public static byte[] largeZipBombDocx(int inflatedMegabytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            packageParts(zip);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    + "<w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
            byte[] megabyte = new byte[1024 * 1024];
            Arrays.fill(megabyte, (byte) 'a');
            for (int i = 0; i < inflatedMegabytes; i++) {
                zip.write(megabyte);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** The same archive with every entry's declared uncompressed size set to 0 in its central directory. */
    public static byte[] withDeclaredSizesZeroed(byte[] zip) {
        byte[] copy = zip.clone();
        for (int i = 0; i + 28 <= copy.length; i++) {
            if (copy[i] == 'P' && copy[i + 1] == 'K' && copy[i + 2] == 1 && copy[i + 3] == 2) {
                Arrays.fill(copy, i + 24, i + 28, (byte) 0);
            }
        }
        return copy;
    }

    /** A Windows executable's first bytes, whatever its name says. */
    public static byte[] executable() {
        byte[] bytes = new byte[4096];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[0x3c] = (byte) 0x80;
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        return bytes;
    }

    private static byte[] docxWithBody(String body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            packageParts(zip);
            entry(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    + body + "</w:body></w:document>");
        }
        return out.toByteArray();
    }

    /** The content types and relationships every DOCX starts with. */
    private static void packageParts(ZipOutputStream zip) throws IOException {
        entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "</Types>");
        entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                + "</Relationships>");
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
