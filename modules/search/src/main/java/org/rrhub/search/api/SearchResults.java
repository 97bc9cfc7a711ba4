package org.rrhub.search.api;

import java.util.List;

/**
 * A page of results with the facet counts of the whole result set, all within the caller's scope.
 *
 * @param notice a plain message about how the query was read (shortened, typos tolerated, nothing to search), or
 *        null
 * @param rebuilding the index is being rebuilt from the database: results may be incomplete until it is done
 */
public record SearchResults(String text, long total, int page, int pageSize, List<SearchHit> hits,
                            List<FacetGroup> facets, String notice, boolean rebuilding) {

    public int pages() {
        return (int) Math.min((total + pageSize - 1) / pageSize, Search.MAX_RESULTS / pageSize);
    }
}
