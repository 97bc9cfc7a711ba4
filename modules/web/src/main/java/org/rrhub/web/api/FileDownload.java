package org.rrhub.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.rrhub.web.support.ContentDispositionNames;
import org.rrhub.documents.api.Download;

import java.io.InputStream;

/**
 * A stored file as a download: attachment only, with the type detected at upload, never sniffed, and sandboxed
 * should a browser render it anyway (an uploaded HTML file must not run as this site).
 */
public final class FileDownload {

    private FileDownload() {
    }

    public static Response of(Download download) {
        StreamingOutput body = out -> {
            try (InputStream in = download.source().open()) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, download.mediaType())
                .header("Content-Disposition", ContentDispositionNames.attachment(download.fileName()))
                .header("Content-Length", download.size())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
