package org.rrhub.search.api;

import java.time.LocalDate;

/**
 * One result.
 *
 * @param snippet the matching passage as HTML: escaped text with the matches in {@code <mark>}
 * @param url where to open it: the item's own page for its provider's staff, the indexed copy for others
 */
public record SearchHit(ItemKind kind, String id, String tenant, String tenantName, String title, LocalDate date,
                        String snippet, String url) {
}
