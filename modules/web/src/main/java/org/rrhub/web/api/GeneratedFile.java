package org.rrhub.web.api;

import jakarta.ws.rs.core.Response;

/** A generated PDF as a download: never shown inline, never cached by shared caches. */
public final class PdfDownload {

    private PdfDownload() {
    }

    public static Response of(byte[] pdf, String fileName) {
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "_")
                        + "\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
