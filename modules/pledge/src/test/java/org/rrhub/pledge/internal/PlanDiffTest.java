package org.rrhub.pledge.internal;

import org.junit.jupiter.api.Test;
import org.rrhub.pledge.api.FieldChange;
import org.rrhub.pledge.api.PlanContent;
import org.rrhub.pledge.api.Priority;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlanDiffTest {

    @Test
    void samePlanHasNoChanges() {
        assertThat(PlanDiff.between(SamplePlans.complete(), SamplePlans.complete())).isEmpty();
    }

    @Test
    void changesAreNamedInTheFormsWordsWithBeforeAndAfter() {
        PlanContent before = SamplePlans.complete();
        List<Priority> priorities = new ArrayList<>(before.priorities());
        priorities.set(1, new Priority(priorities.get(1).priority(), "All incidents debriefed within 48 hours"));
        PlanContent after = new PlanContent(before.organisationName(), before.sector(), "Tom Hale",
                before.contactEmail(), before.planDate(), priorities, before.domains());

        assertThat(PlanDiff.between(before, after)).containsExactly(
                new FieldChange("reductionLead", "Restraint reduction lead", "Priya Raman", "Tom Hale"),
                new FieldChange("measure2", "Measure of success for priority 2",
                        "95% of incidents have a debrief within 72 hours", "All incidents debriefed within 48 hours"));
    }
}
