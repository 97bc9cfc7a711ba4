package org.rrhub.web.pages;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.rrhub.audit.api.AuditLog;
import org.rrhub.core.api.Caller;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.TenantContext;
import org.rrhub.documents.api.DocumentLibrary;
import org.rrhub.compliance.api.Assessment;
import org.rrhub.compliance.api.ComplianceStatus;
import org.rrhub.compliance.api.Framework;
import org.rrhub.compliance.api.Frameworks;
import org.rrhub.compliance.api.ReviewResponses;
import org.rrhub.compliance.api.ReviewState;
import org.rrhub.compliance.api.SelfAssessments;
import org.rrhub.pledge.api.PlanActions;
import org.rrhub.pledge.api.PlanProgress;
import org.rrhub.pledge.api.PledgePlans;
import org.rrhub.tenants.api.GrantView;
import org.rrhub.tenants.api.ReviewAccess;
import org.rrhub.tenants.api.TenantRegistry;
import org.rrhub.tenants.api.TenantSummary;
import org.rrhub.tenants.api.Wards;
import org.rrhub.web.support.Page;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * One dashboard, with a section for each role the caller holds: provider staff see their organisation,
 * platform admins the tenants, reviewers the organisations that granted them review, inspectors the providers.
 */
@Path("/dashboard")
@Produces(MediaType.TEXT_HTML)
public class DashboardPage {

    @Inject
    TenantContext tenantContext;

    @Inject
    TenantRegistry tenants;

    @Inject
    Wards wards;

    @Inject
    AuditLog audit;

    @Inject
    PledgePlans plans;

    @Inject
    PlanActions actions;

    @Inject
    ReviewAccess reviewAccess;

    @Inject
    DocumentLibrary documents;

    @Inject
    Frameworks frameworks;

    @Inject
    SelfAssessments assessments;

    @Inject
    ReviewResponses reviewResponses;

    @GET
    public Page dashboard() {
        Caller caller = tenantContext.caller().orElseThrow();
        Page page = Page.of("dashboard", "Dashboard");
        caller.tenant().ifPresent(tenant -> page
                .with("tenant", tenants.find(tenant).orElse(null))
                .with("wards", wards.list())
                .with("canManageWards", caller.hasRole(Role.PROVIDER_ADMIN))
                .with("canManagePeople", caller.hasRole(Role.PROVIDER_ADMIN))
                .with("reviewsDue", documents.reviewsDue()));
        caller.tenant().ifPresent(tenant -> {
            Framework framework = frameworks.current();
            int year = LocalDate.now(ZoneId.of("Europe/London")).getYear();
            Assessment assessment = assessments.assessment(framework.id(), year);
            page.with("assessmentFramework", framework).with("assessmentYear", year)
                    .with("assessment", assessment)
                    .with("assessmentGaps", assessment.answers().stream().filter(a -> a.status()
                            == ComplianceStatus.NOT_MET || a.status() == ComplianceStatus.PARTIALLY_MET).count())
                    .with("reviewsAwaiting", reviewResponses.ofMyOrganisation().stream()
                            .filter(r -> r.state() == ReviewState.SHARED).toList());
        });
        caller.tenant().flatMap(tenant -> plans.current()).ifPresent(plan -> {
            PlanProgress progress = actions.progress(plan.id());
            page.with("latestPlan", plan).with("progress", progress.byDomain()).with("overdue", progress.overdue());
        });
        if (caller.hasRole(Role.PLATFORM_ADMIN)) {
            page.with("allTenants", tenants.list()).with("auditEntries", audit.latest(10));
        }
        if (caller.hasRole(Role.CQC_INSPECTOR)) {
            page.with("activeTenants", tenants.list().stream().filter(TenantSummary::isActive).toList());
        }
        // Staff of a provider can be named as peer reviewers of another one; the RRN's reviewers always see the block.
        List<GrantView> grants = reviewAccess.currentGrantsFor(caller.username());
        if (caller.hasRole(Role.RRN_REVIEWER) || !grants.isEmpty()) {
            page.with("reviewGrants", grants);
        }
        return page;
    }
}
