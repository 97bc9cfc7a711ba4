package org.rrhub.compliance.api;

import java.time.Instant;
import java.util.List;

/**
 * A peer review of one provider's self-assessment, as the reviewer and the provider both see it.
 *
 * @param tenant the provider whose assessment is reviewed
 * @param findings in the framework's statement order
 * @param history oldest first
 * @param version send it back with a change of summary or state
 */
public record ReviewView(String id, String tenant, String frameworkId, int year, String reviewer, ReviewState state,
                         String summary, List<FindingView> findings, List<ReviewEventView> history,
                         Instant startedAt, Instant updatedAt, long version) {

    public long disagreements() {
        return findings.stream().filter(f -> f.verdict() == Verdict.DISAGREE).count();
    }

    public long unanswered() {
        return findings.stream().filter(FindingView::needsAnswer).count();
    }
}
