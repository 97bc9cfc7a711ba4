package org.rrhub.documents.api;

import java.time.Instant;

public record VersionView(String id, int number, String versionLabel, String fileName, String mediaType, long size,
                          String sha256, TextState textState, int textLength, boolean current, Instant uploadedAt,
                          String uploadedBy) {
}
