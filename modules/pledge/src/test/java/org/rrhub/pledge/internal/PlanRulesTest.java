package org.rrhub.pledge.internal;

import org.junit.jupiter.api.Test;
import org.rrhub.core.api.FieldError;
import org.rrhub.core.api.StrategyDomain;
import org.rrhub.pledge.api.DomainSection;
import org.rrhub.pledge.api.PlanContent;
import org.rrhub.pledge.api.Priority;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rrhub.pledge.internal.SamplePlans.CYCLE_START;

class PlanRulesTest {

    @Test
    void aCompletePlanPassesBothChecks() {
        assertThat(PlanRules.checkLimits(SamplePlans.complete(), CYCLE_START)).isEmpty();
        assertThat(PlanRules.checkComplete(SamplePlans.complete())).isEmpty();
    }

    @Test
    void aDraftMayBeIncompleteButSubmissionNamesEveryMissingField() {
        PlanContent blank = PlanContent.blank("Northfield", "NHS trust", CYCLE_START);
        assertThat(PlanRules.checkLimits(blank, CYCLE_START)).isEmpty();
        List<String> missing = PlanRules.checkComplete(blank).stream().map(FieldError::field).toList();
        assertThat(missing).contains("reductionLead", "contactEmail", "priority1", "measure3",
                "leadership-and-governance-main", "continuous-improvement-next")
                .doesNotContain("organisationName", "leadership-and-governance-done");
        assertThat(missing).hasSize(2 + 6 + 12);
    }

    @Test
    void limitsFormatAndCycleAreCheckedOnEverySave() {
        PlanContent content = new PlanContent("x".repeat(201), "NHS trust", "Lead", "not an email",
                CYCLE_START.plusYears(1), List.of(new Priority("p".repeat(501), "")),
                List.of(new DomainSection(StrategyDomain.CONTINUOUS_IMPROVEMENT, "", "d".repeat(4001), "")));
        assertThat(PlanRules.checkLimits(content, CYCLE_START)).extracting(FieldError::field)
                .containsExactlyInAnyOrder("organisationName", "priority1", "continuous-improvement-done",
                        "contactEmail", "planDate");
    }

    @Test
    void theCycleIsTwelveMonthsFromItsStart() {
        assertThat(PlanRules.cycleEnd(CYCLE_START)).isEqualTo(CYCLE_START.plusYears(1));
        PlanContent lastDay = new PlanContent("N", "S", "L", "a@b.org", CYCLE_START.plusYears(1).minusDays(1),
                List.of(), List.of());
        assertThat(PlanRules.checkLimits(lastDay, CYCLE_START)).isEmpty();
        PlanContent dayBefore = new PlanContent("N", "S", "L", "a@b.org", CYCLE_START.minusDays(1), List.of(), List.of());
        assertThat(PlanRules.checkLimits(dayBefore, CYCLE_START)).extracting(FieldError::field).containsExactly("planDate");
    }
}
