package org.rrhub.pledge.api;

import org.rrhub.core.api.StrategyDomain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An action as readers see it, with its progress notes oldest first.
 *
 * @param overdue open and past its due date
 * @param version send it back with a change, so two people cannot overwrite each other unseen
 * @param source what the action was made from, for example "assessment:nms-2019/2026/1.1.I", or null
 */
public record ActionView(String id, String planId, StrategyDomain domain, String title, String description,
                         String owner, LocalDate dueDate, ActionStatus status, String droppedReason,
                         List<Integer> priorities, boolean overdue, LocalDate completedOn, long version,
                         Instant updatedAt, String updatedBy, List<ActionNoteView> notes, String source) {
}
