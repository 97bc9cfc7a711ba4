package org.rrhub.search.api;

import java.time.LocalDate;

/** An item as the index holds it, read-only, for reviewers and inspectors. */
public record IndexedItem(ItemKind kind, String id, String tenant, String tenantName, String title, LocalDate date,
                          String text) {
}
