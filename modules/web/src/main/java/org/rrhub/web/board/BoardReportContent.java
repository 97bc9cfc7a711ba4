package org.rrhub.web.board;

import org.rrhub.compliance.api.RollUp;
import org.rrhub.incidents.api.Insight;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the board report shows, already read: the report is rendered from this alone, so its layout is tested
 * without a server.
 *
 * @param plan         the current pledge plan's cycle and state, or null when the provider has none
 * @param domains      open, overdue and done actions per strategy domain
 * @param overdue      the overdue actions: title, owner, due date
 * @param assessment   the roll-up of this year's self-assessment by section, or empty when none is started
 * @param documents    documents past or near their review date
 */
public record BoardReportContent(String provider, String period, LocalDate producedOn, PlanLine plan,
                                 List<DomainLine> domains, List<ActionLine> overdue, int assessmentYear,
                                 List<RollUp> assessment, List<DocumentLine> documents, Insight insight) {

    public record PlanLine(String cycle, String state) {
    }

    public record DomainLine(String domain, int open, int overdue, int done) {
    }

    public record ActionLine(String title, String owner, LocalDate due) {
    }

    public record DocumentLine(String title, String kind, LocalDate nextReview, String state) {
    }
}
