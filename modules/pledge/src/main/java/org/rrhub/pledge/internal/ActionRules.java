package org.rrhub.pledge.internal;

import org.rrhub.core.api.FieldError;
import org.rrhub.pledge.api.ActionDraft;
import org.rrhub.pledge.api.ActionStatus;
import org.rrhub.pledge.api.PlanContent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The checks on what people write about actions; pure, so every message is unit-tested. */
final class ActionRules {

    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 2000;
    static final int REASON_MAX = 1000;
    static final int NOTE_MAX = 2000;

    private ActionRules() {
    }

    /**
     * @param cycleStart the first day of the plan's cycle: due dates fall in it
     * @param isMember whether a username belongs to the tenant (owners are the tenant's people)
     */
    static List<FieldError> check(ActionDraft draft, LocalDate cycleStart, Predicate<String> isMember) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.domain() == null) {
            errors.add(new FieldError("domain", "Choose the strategy domain the action belongs to"));
        }
        String title = text(draft.title()).strip();
        if (title.isEmpty()) {
            errors.add(new FieldError("title", "Enter a title for the action"));
        } else if (title.length() > TITLE_MAX) {
            errors.add(new FieldError("title", "Title must be " + TITLE_MAX + " characters or fewer"));
        }
        if (text(draft.description()).length() > DESCRIPTION_MAX) {
            errors.add(new FieldError("description", "Description must be " + DESCRIPTION_MAX
                    + " characters or fewer"));
        }
        String owner = text(draft.owner()).strip();
        if (owner.isEmpty()) {
            errors.add(new FieldError("owner", "Choose who owns the action"));
        } else if (owner.length() > 255 || !isMember.test(owner)) {
            errors.add(new FieldError("owner", "The owner must be a person in your organisation"));
        }
        LocalDate end = PlanRules.cycleEnd(cycleStart).minusDays(1);
        if (draft.dueDate() == null) {
            errors.add(new FieldError("dueDate", "Enter the date the action is due"));
        } else if (draft.dueDate().isBefore(cycleStart) || draft.dueDate().isAfter(end)) {
            errors.add(new FieldError("dueDate", "The due date must be in the plan's cycle, from " + cycleStart
                    + " to " + end));
        }
        if (draft.status() == null) {
            errors.add(new FieldError("status", "Choose the action's status"));
        } else if (draft.status() == ActionStatus.DROPPED) {
            String reason = text(draft.droppedReason()).strip();
            if (reason.isEmpty()) {
                errors.add(new FieldError("droppedReason", "Say why the action was dropped"));
            } else if (reason.length() > REASON_MAX) {
                errors.add(new FieldError("droppedReason", "The reason must be " + REASON_MAX
                        + " characters or fewer"));
            }
        }
        if (draft.priorities().stream().anyMatch(p -> p == null || p < 1 || p > PlanContent.PRIORITY_COUNT)) {
            errors.add(new FieldError("priorities", "An action can serve priorities 1, 2 or 3 only"));
        }
        return errors;
    }

    static List<FieldError> checkNote(LocalDate date, String text, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (date == null) {
            errors.add(new FieldError("noteDate", "Enter the date of the progress note"));
        } else if (date.isAfter(today)) {
            errors.add(new FieldError("noteDate", "The date of a progress note cannot be in the future"));
        }
        String body = text(text).strip();
        if (body.isEmpty()) {
            errors.add(new FieldError("note", "Enter the progress note"));
        } else if (body.length() > NOTE_MAX) {
            errors.add(new FieldError("note", "A progress note must be " + NOTE_MAX + " characters or fewer"));
        }
        return errors;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
