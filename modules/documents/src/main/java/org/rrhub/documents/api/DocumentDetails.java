package org.rrhub.documents.api;

import org.rrhub.core.api.StrategyDomain;

import java.time.LocalDate;
import java.util.List;

/** What people write about a document (its metadata), checked on the server. */
public record DocumentDetails(String title, DocumentKind kind, String owner, List<StrategyDomain> domains,
                              String versionLabel, LocalDate effectiveDate, LocalDate nextReviewDate,
                              DocumentStatus status) {

    public DocumentDetails {
        domains = domains == null ? List.of() : domains.stream().distinct().sorted().toList();
    }
}
