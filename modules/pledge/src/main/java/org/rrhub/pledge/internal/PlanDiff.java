package org.rrhub.pledge.internal;

import org.rrhub.pledge.api.PlanForm;

import org.rrhub.pledge.api.FieldChange;
import org.rrhub.pledge.api.PlanContent;

import java.util.List;

/** The fields that differ between two versions of a plan, in form order. */
final class PlanDiff {

    private PlanDiff() {
    }

    static List<FieldChange> between(PlanContent before, PlanContent after) {
        return PlanForm.ALL.stream()
                .filter(f -> !f.value().apply(before).equals(f.value().apply(after)))
                .map(f -> new FieldChange(f.name(), f.label(), f.value().apply(before), f.value().apply(after)))
                .toList();
    }
}
