package org.rrhub.search.api;

import java.time.LocalDate;
import java.util.Map;

/**
 * What the caller typed and chose. The tenants searched are never part of it: they come from the verified caller.
 *
 * @param text words, "exact phrases", -exclusions and OR
 * @param filters chosen facet values, by facet
 * @param page from 0
 * @param byDate newest first instead of by relevance
 * @param purpose why an inspector or reviewer searches (for example an inspection reference); kept with the log
 */
public record SearchRequest(String text, Map<Facet, String> filters, LocalDate from, LocalDate to, int page,
                            boolean byDate, String purpose) {

    public SearchRequest {
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        page = Math.max(page, 0);
    }
}
