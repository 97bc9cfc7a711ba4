package org.rrhub.documents.api;

import java.time.Instant;
import java.util.List;

/** A document with its metadata, approval, review state and versions (newest first). */
public record DocumentView(String id, DocumentDetails details, Approval approval, ReviewState reviewState,
                           boolean needsApproval, long version, Instant updatedAt, String updatedBy,
                           List<VersionView> versions) {

    public VersionView currentVersion() {
        return versions.stream().filter(VersionView::current).findFirst().orElseThrow();
    }
}
