package org.rrhub.web.board;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.rrhub.compliance.api.Assessment;
import org.rrhub.compliance.api.Framework;
import org.rrhub.compliance.api.Frameworks;
import org.rrhub.compliance.api.SelfAssessments;
import org.rrhub.core.api.TenantContext;
import org.rrhub.core.api.TenantId;
import org.rrhub.documents.api.DocumentLibrary;
import org.rrhub.incidents.api.IncidentInsight;
import org.rrhub.incidents.api.InsightFilter;
import org.rrhub.pledge.api.PlanActions;
import org.rrhub.pledge.api.PlanProgress;
import org.rrhub.pledge.api.PlanView;
import org.rrhub.pledge.api.PledgePlans;
import org.rrhub.tenants.api.TenantRegistry;
import org.rrhub.tenants.api.TenantSummary;
import org.rrhub.web.support.IncidentCharts;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Gathers the board report of the request's provider from each module's API, then renders it as a PDF. */
@RequestScoped
public class BoardReport {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Inject
    TenantContext tenantContext;

    @Inject
    TenantRegistry tenants;

    @Inject
    PledgePlans plans;

    @Inject
    PlanActions actions;

    @Inject
    Frameworks frameworks;

    @Inject
    SelfAssessments assessments;

    @Inject
    DocumentLibrary documents;

    @Inject
    IncidentInsight insight;

    public byte[] pdf(InsightFilter filter) {
        TenantId tenant = tenantContext.requireTenant();
        LocalDate today = LocalDate.now(UK);
        String provider = tenants.find(tenant).map(TenantSummary::name).orElse(tenant.value());
        BoardReportContent.PlanLine planLine = null;
        List<BoardReportContent.DomainLine> domains = List.of();
        List<BoardReportContent.ActionLine> overdue = List.of();
        PlanView plan = plans.current().orElse(null);
        if (plan != null) {
            planLine = new BoardReportContent.PlanLine(DAY.format(plan.cycleStart()) + " to "
                    + DAY.format(plan.cycleEnd()), plan.status().label());
            PlanProgress progress = actions.progress(plan.id());
            domains = progress.byDomain().stream().map(d -> new BoardReportContent.DomainLine(d.domain().title(),
                    d.open(), d.overdue(), d.done())).toList();
            overdue = progress.overdue().stream().map(a -> new BoardReportContent.ActionLine(a.title(), a.owner(),
                    a.dueDate())).toList();
        }
        Framework framework = frameworks.current();
        Assessment assessment = assessments.assessment(framework.id(), today.getYear());
        boolean started = assessment.answers().stream().anyMatch(a -> a.status() != null);
        List<BoardReportContent.DocumentLine> due = documents.reviewsDue().stream()
                .map(d -> new BoardReportContent.DocumentLine(d.details().title(), d.details().kind().label(),
                        d.details().nextReviewDate(), d.reviewState().label())).toList();
        String period = IncidentCharts.month(filter.from()) + " to " + IncidentCharts.month(filter.to());
        return BoardReportPdf.render(new BoardReportContent(provider, period, today, planLine, domains, overdue,
                today.getYear(), started ? assessment.bySection() : List.of(), due, insight.insight(filter)));
    }
}
