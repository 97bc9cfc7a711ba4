package org.rrhub.search.api;

import org.rrhub.core.api.TenantId;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One thing a tenant wrote, as the index holds it.
 *
 * @param text everything searchable about it, in reading order
 * @param url where provider staff open it; reviewers and inspectors open the indexed copy instead
 * @param date the date results are sorted and filtered by (effective, due, answered), or null
 * @param facets values per facet (document kind, domain, section, status); tenant, sector and kind are added by
 *        the index
 * @param keywords exact terms found as typed, such as a standard's statement id "1.15.II"
 */
public record SearchItem(TenantId tenant, ItemKind kind, String id, String title, String text, String url,
                         LocalDate date, Map<Facet, List<String>> facets, List<String> keywords) {

    public SearchItem {
        facets = facets == null ? Map.of() : Map.copyOf(facets);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        text = text == null ? "" : text;
    }
}
