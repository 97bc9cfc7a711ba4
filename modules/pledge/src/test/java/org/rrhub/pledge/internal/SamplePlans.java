package org.rrhub.pledge.internal;

import org.rrhub.core.api.StrategyDomain;
import org.rrhub.pledge.api.DomainSection;
import org.rrhub.pledge.api.PlanContent;
import org.rrhub.pledge.api.Priority;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Named sample plans for tests. */
final class SamplePlans {

    static final LocalDate CYCLE_START = LocalDate.of(2026, 4, 1);

    private SamplePlans() {
    }

    /** Every field of the RRN form filled in. */
    static PlanContent complete() {
        return new PlanContent("Northfield Mental Health NHS Trust", "NHS trust", "Priya Raman",
                "rr.lead@northfield.example", CYCLE_START.plusDays(10),
                List.of(new Priority("End prone restraint on all wards", "No prone restraint recorded for 6 months"),
                        new Priority("Debrief after every intervention", "95% of incidents have a debrief within 72 hours"),
                        new Priority("Co-produce safety plans", "Every patient has a safety plan they helped write")),
                Arrays.stream(StrategyDomain.values())
                        .map(d -> new DomainSection(d, "Priority for " + d.title(), "Done for " + d.title(),
                                "Next for " + d.title()))
                        .toList());
    }
}
