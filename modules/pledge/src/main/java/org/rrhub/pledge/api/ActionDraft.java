package org.rrhub.pledge.api;

import org.rrhub.core.api.StrategyDomain;

import java.time.LocalDate;
import java.util.List;

/**
 * What a person writes about an action: the strategy domain it belongs to, what it is, who owns it, when it is due,
 * where it is, and which of the plan's top three priorities it serves (numbers 1 to 3).
 */
public record ActionDraft(StrategyDomain domain, String title, String description, String owner, LocalDate dueDate,
                          ActionStatus status, String droppedReason, List<Integer> priorities) {

    public ActionDraft {
        priorities = priorities == null ? List.of() : priorities.stream().distinct().sorted().toList();
    }
}
