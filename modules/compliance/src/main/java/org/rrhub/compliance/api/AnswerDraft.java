package org.rrhub.compliance.api;

import java.time.LocalDate;
import java.util.List;

/**
 * What a provider says about one statement: its status, a short narrative, who owns it, by when, and the evidence
 * (documents of its library, actions of its pledge plans and free-text evidence notes). Not applicable needs a
 * rationale (Standard 1.15.II).
 *
 * @param actionIds the plan actions linked to the statement; null leaves the links as they are (so a client that
 *        does not know about them cannot drop the actions made from a gap by accident)
 */
public record AnswerDraft(ComplianceStatus status, String narrative, String owner, LocalDate targetDate,
                          String notApplicableRationale, List<String> documentIds, String evidenceNote,
                          List<String> actionIds) {

    public AnswerDraft {
        documentIds = documentIds == null ? List.of() : documentIds.stream().distinct().toList();
        actionIds = actionIds == null ? null : actionIds.stream().distinct().toList();
    }
}
