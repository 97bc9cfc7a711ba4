package org.rrhub.compliance.api;

import java.time.LocalDate;
import java.util.List;

/**
 * What a provider says about one statement: its status, a short narrative, who owns it, by when, and the evidence
 * (documents of its library and free-text evidence notes). Not applicable needs a rationale (Standard 1.15.II).
 */
public record AnswerDraft(ComplianceStatus status, String narrative, String owner, LocalDate targetDate,
                          String notApplicableRationale, List<String> documentIds, String evidenceNote) {

    public AnswerDraft {
        documentIds = documentIds == null ? List.of() : documentIds.stream().distinct().toList();
    }
}
