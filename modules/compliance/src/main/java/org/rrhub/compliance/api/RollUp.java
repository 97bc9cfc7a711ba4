package org.rrhub.compliance.api;

import java.util.Map;

/**
 * Counts by status for a group of statements (a section, subsection or strategy domain), unanswered included.
 * The percentage met is of the statements that apply (not applicable ones left out), rounded down.
 */
public record RollUp(String group, String title, int statements, Map<ComplianceStatus, Integer> counts,
                     int unanswered, int percentMet) {

    public int met() {
        return counts.getOrDefault(ComplianceStatus.MET, 0);
    }

    public int partiallyMet() {
        return counts.getOrDefault(ComplianceStatus.PARTIALLY_MET, 0);
    }

    public int notMet() {
        return counts.getOrDefault(ComplianceStatus.NOT_MET, 0);
    }

    public int notApplicable() {
        return counts.getOrDefault(ComplianceStatus.NOT_APPLICABLE, 0);
    }
}
