package org.rrhub.search.api;

import org.rrhub.core.api.TenantId;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Implemented by each module for the items it owns, so the index can be built and kept current from the database
 * without the search module knowing any other module's entities. Called by the indexer inside a transaction but
 * outside any request: an implementation opens an EntityManager for the given tenant explicitly.
 */
public interface SearchSource {

    ItemKind kind();

    /** The item as it is now, or empty when it no longer exists (or must not be found, such as a draft review). */
    Optional<SearchItem> load(TenantId tenant, String id);

    /** Every item of this kind in the tenant, for a rebuild. */
    void forEach(TenantId tenant, Consumer<SearchItem> sink);
}
