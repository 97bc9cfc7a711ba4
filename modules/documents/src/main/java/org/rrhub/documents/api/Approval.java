package org.rrhub.documents.api;

import java.time.LocalDate;

/**
 * The board's approval of a strategy or policy (Standards 1.1.IV and 1.1.V), and how people with lived experience
 * took part in writing it (1.2.IV).
 */
public record Approval(LocalDate approvedOn, String approvingBody, String minuteReference, String executiveLead,
                       String nonExecutiveLead, boolean livedExperienceInvolved, String livedExperienceNote) {
}
