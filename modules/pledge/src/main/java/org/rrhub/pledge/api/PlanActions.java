package org.rrhub.pledge.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The work that delivers a plan: actions per strategy domain, each with an owner, a due date and progress notes.
 * Actions stay editable whatever the plan's state: the plan is the promise, the actions are the work.
 */
public interface PlanActions {

    /** Every action of the plan, by domain in the template's order, then by due date. */
    List<ActionView> of(String planId);

    /** @throws org.rrhub.core.api.NotFoundException also for another tenant's plan or action */
    ActionView get(String planId, String actionId);

    /** An action of any of the tenant's plans, for links from elsewhere (the self-assessment's evidence). */
    Optional<ActionView> find(String actionId);

    /** @throws org.rrhub.core.api.InvalidInputException naming each field that is wrong */
    ActionView create(String planId, ActionDraft draft, String actor);

    /**
     * Creates an action made from something else, remembered as its {@code source} (at most 120 characters), for
     * example a self-assessment gap; in the plan whose cycle includes today, or else the newest.
     *
     * @throws org.rrhub.core.api.InvalidInputException when there is no plan yet, or for the draft's fields
     */
    ActionView createInCurrentPlan(ActionDraft draft, String source, String actor);

    /**
     * @throws ActionConflictException when somebody changed the action since {@code expectedVersion}
     * @throws org.rrhub.core.api.InvalidInputException naming each field that is wrong
     */
    ActionView update(String planId, String actionId, long expectedVersion, ActionDraft draft, String actor);

    /** @throws org.rrhub.core.api.InvalidInputException for an empty or over-long note or a date in the future */
    ActionView addNote(String planId, String actionId, LocalDate date, String text, String actor);

    /** The counts per strategy domain and the overdue actions, from one read of the plan's actions. */
    PlanProgress progress(String planId);
}
