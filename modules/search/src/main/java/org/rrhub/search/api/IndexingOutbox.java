package org.rrhub.search.api;

import org.rrhub.core.api.TenantId;

/**
 * Where a module notes, in the same transaction as its change, that an item must be (re)indexed. The indexer reads
 * the outbox after commit, so a crash between commit and indexing loses nothing: it catches up on start.
 */
public interface IndexingOutbox {

    /** Must be called inside the transaction that changed the item. */
    void changed(TenantId tenant, ItemKind kind, String id);
}
