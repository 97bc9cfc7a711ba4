package org.rrhub.compliance.api;

import java.time.Instant;

/**
 * A reviewer's finding on one statement and the provider's answer to it (null until answered).
 *
 * @param needsAnswer a disagreement the provider has not answered yet
 */
public record FindingView(String id, String statementId, Verdict verdict, String comment, Instant recordedAt,
                          String recordedBy, String answer, Instant answeredAt, String answeredBy,
                          boolean needsAnswer) {
}
