package org.rrhub.compliance.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.rrhub.compliance.api.Assessment;
import org.rrhub.compliance.api.AssessmentReports;
import org.rrhub.compliance.api.Framework;
import org.rrhub.compliance.api.Frameworks;
import org.rrhub.compliance.api.SelfAssessments;
import org.rrhub.core.api.TenantContext;
import org.rrhub.documents.api.DocumentLibrary;
import org.rrhub.documents.api.DocumentView;
import org.rrhub.pledge.api.ActionView;
import org.rrhub.pledge.api.PlanActions;
import org.rrhub.tenants.api.TenantRegistry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Gathers the assessment and the names of its evidence in one transaction, then lays them out. */
@ApplicationScoped
@Transactional
class DefaultAssessmentReports implements AssessmentReports {

    @Inject
    SelfAssessments assessments;

    @Inject
    Frameworks frameworks;

    @Inject
    DocumentLibrary documents;

    @Inject
    PlanActions actions;

    @Inject
    TenantRegistry tenants;

    @Inject
    TenantContext tenantContext;

    @Override
    public byte[] csv(String frameworkId, int year) {
        Assessment assessment = assessments.assessment(frameworkId, year);
        return AssessmentCsv.render(rows(framework(frameworkId), assessment));
    }

    @Override
    public byte[] pdf(String frameworkId, int year) {
        Assessment assessment = assessments.assessment(frameworkId, year);
        Framework framework = framework(frameworkId);
        String organisation = tenants.find(tenantContext.requireTenant()).map(t -> t.name())
                .orElse(tenantContext.requireTenant().value());
        return AssessmentPdf.render(organisation, framework, assessment, rows(framework, assessment));
    }

    private List<StatementRow> rows(Framework framework, Assessment assessment) {
        Map<String, String> documentTitles = documents.all().stream()
                .collect(Collectors.toMap(DocumentView::id, d -> d.details().title()));
        Map<String, String> actionTitles = new HashMap<>();
        assessment.answers().stream().flatMap(a -> a.actionIds().stream()).distinct()
                .forEach(id -> actions.find(id).map(ActionView::title).ifPresent(t -> actionTitles.put(id, t)));
        return StatementRow.of(framework, assessment, documentTitles, actionTitles);
    }

    private Framework framework(String frameworkId) {
        return frameworks.find(frameworkId).orElseThrow();
    }
}
