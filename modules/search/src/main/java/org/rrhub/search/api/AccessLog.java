package org.rrhub.search.api;

import java.util.List;

/**
 * The append-only record of searches and opened items by inspectors and reviewers. Each entry carries the hash of
 * the previous one, so a changed or removed entry breaks the chain.
 */
public interface AccessLog {

    /** The entries that touched the current tenant, newest first. */
    List<AccessEntry> aboutMyOrganisation();

    /** Recomputes every hash: true when no entry was changed, removed or reordered. */
    boolean chainIsIntact();
}
