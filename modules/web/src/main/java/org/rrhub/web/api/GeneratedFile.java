package org.rrhub.web.api;

import jakarta.ws.rs.core.Response;

/** A file the product generates (a PDF report, a CSV export) as a download: never inline, never in shared caches. */
public final class GeneratedFile {

    private GeneratedFile() {
    }

    public static Response pdf(byte[] pdf, String fileName) {
        return of(pdf, "application/pdf", fileName);
    }

    public static Response csv(byte[] csv, String fileName) {
        return of(csv, "text/csv;charset=UTF-8", fileName);
    }

    private static Response of(byte[] content, String type, String fileName) {
        return Response.ok(content, type)
                .header("Content-Disposition", "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "_")
                        + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
