package org.rrhub.pledge.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A plan as read: its cycle, state, content, the version to send back with the next change, and the reviewer's
 * comments when it was returned.
 */
public record PlanView(String id, LocalDate cycleStart, LocalDate cycleEnd, PlanStatus status, long version,
                       PlanContent content, String reviewComments, Instant updatedAt, String updatedBy) {
}
