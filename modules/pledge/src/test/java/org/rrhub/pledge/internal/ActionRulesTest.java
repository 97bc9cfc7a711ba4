package org.rrhub.pledge.internal;

import org.junit.jupiter.api.Test;
import org.rrhub.core.api.FieldError;
import org.rrhub.core.api.StrategyDomain;
import org.rrhub.pledge.api.ActionDraft;
import org.rrhub.pledge.api.ActionStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ActionRulesTest {

    private static final LocalDate START = LocalDate.of(2026, 4, 1);
    private static final Set<String> MEMBERS = Set.of("northfield.editor");

    private static ActionDraft valid() {
        return new ActionDraft(StrategyDomain.USING_DATA_TO_INFORM_PRACTICE, "Monthly ward dashboards",
                "Publish restraint rates per ward every month", "northfield.editor", LocalDate.of(2026, 10, 31),
                ActionStatus.IN_PROGRESS, null, List.of(2, 1));
    }

    private static List<String> fieldsWrongIn(ActionDraft draft) {
        return ActionRules.check(draft, START, MEMBERS::contains).stream().map(FieldError::field).toList();
    }

    @Test
    void aCompleteActionPasses() {
        assertThat(fieldsWrongIn(valid())).isEmpty();
        assertThat(valid().priorities()).containsExactly(1, 2);
    }

    @Test
    void everyMissingFieldIsNamed() {
        ActionDraft empty = new ActionDraft(null, " ", null, "", null, null, null, null);
        assertThat(fieldsWrongIn(empty)).containsExactly("domain", "title", "owner", "dueDate", "status");
    }

    @Test
    void theOwnerMustBelongToTheOrganisation() {
        ActionDraft stranger = new ActionDraft(StrategyDomain.CONTINUOUS_IMPROVEMENT, "Audit", "", "someone.else",
                LocalDate.of(2026, 5, 1), ActionStatus.NOT_STARTED, null, List.of());
        assertThat(ActionRules.check(stranger, START, MEMBERS::contains))
                .containsExactly(new FieldError("owner", "The owner must be a person in your organisation"));
    }

    @Test
    void theDueDateFallsInTheCycle() {
        ActionDraft late = new ActionDraft(StrategyDomain.CONTINUOUS_IMPROVEMENT, "Audit", "", "northfield.editor",
                LocalDate.of(2027, 4, 1), ActionStatus.NOT_STARTED, null, List.of());
        ActionDraft lastDay = new ActionDraft(StrategyDomain.CONTINUOUS_IMPROVEMENT, "Audit", "", "northfield.editor",
                LocalDate.of(2027, 3, 31), ActionStatus.NOT_STARTED, null, List.of());
        assertThat(fieldsWrongIn(late)).containsExactly("dueDate");
        assertThat(fieldsWrongIn(lastDay)).isEmpty();
    }

    @Test
    void aDroppedActionNeedsItsReasonAndPrioritiesAreOneToThree() {
        ActionDraft dropped = new ActionDraft(StrategyDomain.CONTINUOUS_IMPROVEMENT, "Audit", "", "northfield.editor",
                LocalDate.of(2026, 5, 1), ActionStatus.DROPPED, "  ", List.of(4));
        assertThat(fieldsWrongIn(dropped)).containsExactly("droppedReason", "priorities");
    }

    @Test
    void titlesAndNotesHaveLimits() {
        ActionDraft long_ = new ActionDraft(StrategyDomain.CONTINUOUS_IMPROVEMENT, "x".repeat(201), "d".repeat(2001),
                "northfield.editor", LocalDate.of(2026, 5, 1), ActionStatus.DONE, null, List.of());
        assertThat(fieldsWrongIn(long_)).containsExactly("title", "description");

        LocalDate today = LocalDate.of(2026, 11, 25);
        assertThat(ActionRules.checkNote(today.plusDays(1), "n".repeat(2001), today).stream().map(FieldError::field))
                .containsExactly("noteDate", "note");
        assertThat(ActionRules.checkNote(today, "Dashboards shared at the ward managers' meeting", today)).isEmpty();
    }
}
