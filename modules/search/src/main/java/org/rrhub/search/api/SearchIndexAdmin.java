package org.rrhub.search.api;

import org.rrhub.core.api.TenantId;

/** Rebuilding the index from the database, for platform admins; search goes on meanwhile. */
public interface SearchIndexAdmin {

    /** Starts a rebuild of one tenant, or of all when null; returns at once. */
    void rebuild(TenantId tenant);

    RebuildProgress progress();

    /** @param total items to index, when known; running is false once done */
    record RebuildProgress(boolean running, String scope, long indexed, long pendingChanges, long documentsInIndex) {
    }
}
