package org.rrhub.compliance.api;

import java.util.List;

/** A tenant's self-assessment against one framework for one year: its answers and the roll-ups. */
public record Assessment(String frameworkId, int year, List<AnswerView> answers, List<RollUp> bySection,
                         List<RollUp> bySubsection, List<RollUp> byDomain) {
}
