package org.rrhub.pledge.api;

import java.time.Instant;
import java.util.List;

/** One saved state of a plan: who, when, what happened, and what changed from the revision before. */
public record RevisionView(int number, Instant at, String author, PlanStatus status, String event,
                           List<FieldChange> changes, PlanContent content) {
}
