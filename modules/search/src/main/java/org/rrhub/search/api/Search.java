package org.rrhub.search.api;

/**
 * Search over everything tenants write. The scope is decided inside the search module from the verified caller:
 * provider staff search their own organisation; reviewers the organisations that currently grant them review (and
 * their own); CQC inspectors every active organisation. Facet counts and snippets come from the same scoped query.
 * Inspectors and reviewers are audited: every search and every opened item goes to the access log.
 */
public interface Search {

    int PAGE_SIZE = 20;
    int MAX_RESULTS = 10_000;

    /**
     * @throws org.rrhub.core.api.InvalidInputException when an inspector gives no purpose
     */
    SearchResults search(SearchRequest request);

    /**
     * The indexed copy of one item, for a caller whose scope includes its tenant; the opening is logged for
     * inspectors and reviewers.
     *
     * @throws org.rrhub.core.api.NotFoundException outside the caller's scope, or when there is no such item
     */
    IndexedItem open(String tenant, ItemKind kind, String id, String purpose);

    int EXPORT_MAX = 1_000;

    /**
     * The result list as CSV (title, organisation, kind, date, passage, link), the best {@value #EXPORT_MAX} at most,
     * with the same scope and audit as a search.
     */
    byte[] exportCsv(SearchRequest request);

    /** Whether the caller must state a purpose before searching. */
    boolean purposeRequired();
}
