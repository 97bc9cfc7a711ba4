package org.rrhub.pledge.internal;

import org.junit.jupiter.api.Test;
import org.rrhub.pledge.api.PlanContent;
import org.rrhub.pledge.api.PlanStateException;
import org.rrhub.pledge.api.PlanStatus;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PledgePlanTest {

    private static final Instant NOW = Instant.parse("2026-05-01T09:00:00Z");

    private static PledgePlan draft() {
        return new PledgePlan(SamplePlans.CYCLE_START, PlanContent.blank("Northfield", "NHS trust",
                SamplePlans.CYCLE_START), NOW, "northfield.editor");
    }

    @Test
    void aDraftIsEditableAndKeepsTextExactlyAsTyped() {
        PledgePlan plan = draft();
        PlanContent typed = new PlanContent("Northfield <script>alert(1)</script>", "NHS trust", "  Priya  ",
                "a@b.org", SamplePlans.CYCLE_START, java.util.List.of(), java.util.List.of());
        plan.revise(typed, NOW, "northfield.editor");
        assertThat(plan.content()).isEqualTo(typed);
        assertThat(plan.toView().status()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void aSubmittedPlanCannotBeEditedOrSubmittedAgain() {
        PledgePlan plan = draft();
        plan.revise(SamplePlans.complete(), NOW, "northfield.editor");
        plan.submit(NOW, "northfield.admin");
        assertThat(plan.toView().status()).isEqualTo(PlanStatus.SUBMITTED);
        assertThatThrownBy(() -> plan.revise(SamplePlans.complete(), NOW, "x"))
                .isInstanceOf(PlanStateException.class).hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> plan.submit(NOW, "x")).isInstanceOf(PlanStateException.class);
        assertThat(plan.content()).isEqualTo(SamplePlans.complete());
    }

    @Test
    void aReviewerReturnsASubmittedPlanWhichIsThenEditableAndAcceptsItWhenResubmitted() {
        PledgePlan plan = draft();
        assertThatThrownBy(() -> plan.accept(NOW, "rrn.reviewer")).isInstanceOf(PlanStateException.class);
        assertThatThrownBy(() -> plan.returnWithComments("x", NOW, "rrn.reviewer"))
                .isInstanceOf(PlanStateException.class);

        plan.revise(SamplePlans.complete(), NOW, "northfield.editor");
        plan.submit(NOW, "northfield.admin");
        plan.returnWithComments("Say how prone restraint will be measured", NOW, "rrn.reviewer");
        assertThat(plan.toView().status()).isEqualTo(PlanStatus.RETURNED);
        assertThat(plan.toView().reviewComments()).isEqualTo("Say how prone restraint will be measured");
        plan.revise(SamplePlans.complete(), NOW, "northfield.editor");

        plan.submit(NOW, "northfield.admin");
        plan.accept(NOW, "rrn.reviewer");
        assertThat(plan.toView().status()).isEqualTo(PlanStatus.PUBLISHED);
        assertThatThrownBy(() -> plan.revise(SamplePlans.complete(), NOW, "x")).isInstanceOf(PlanStateException.class);
        assertThatThrownBy(() -> plan.accept(NOW, "rrn.reviewer")).isInstanceOf(PlanStateException.class);
    }

    @Test
    void theCycleRunsTwelveMonthsFromItsStart() {
        PledgePlan plan = draft();
        assertThat(plan.covers(SamplePlans.CYCLE_START)).isTrue();
        assertThat(plan.covers(SamplePlans.CYCLE_START.plusYears(1).minusDays(1))).isTrue();
        assertThat(plan.covers(SamplePlans.CYCLE_START.plusYears(1))).isFalse();
        assertThat(plan.toView().cycleEnd()).isEqualTo(SamplePlans.CYCLE_START.plusYears(1).minusDays(1));
    }

    @Test
    void contentSurvivesItsJsonForm() {
        assertThat(PlanJson.read(PlanJson.write(SamplePlans.complete()))).isEqualTo(SamplePlans.complete());
    }
}
