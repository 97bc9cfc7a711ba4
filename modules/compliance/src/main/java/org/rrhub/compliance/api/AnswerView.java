package org.rrhub.compliance.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * @param unevidenced met, but with no document, no linked action and no evidence note: allowed, and flagged
 * @param actionIds the pledge plan actions linked to the statement, chosen or made from its gap
 */
public record AnswerView(String statementId, ComplianceStatus status, String narrative, String owner,
                         LocalDate targetDate, String notApplicableRationale, List<String> documentIds,
                         String evidenceNote, boolean unevidenced, List<String> actionIds, long version, Instant updatedAt, String updatedBy) {
}
