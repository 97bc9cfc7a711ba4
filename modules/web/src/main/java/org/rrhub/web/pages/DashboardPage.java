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
import org.rrhub.pledge.api.PlanActions;
import org.rrhub.pledge.api.PledgePlans;
import org.rrhub.tenants.api.ReviewAccess;
import org.rrhub.tenants.api.TenantRegistry;
import org.rrhub.tenants.api.TenantSummary;
import org.rrhub.tenants.api.Wards;
import org.rrhub.web.support.Page;

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
        caller.tenant().flatMap(tenant -> plans.current()).ifPresent(plan -> page
                .with("latestPlan", plan)
                .with("progress", actions.progress(plan.id()))
                .with("overdue", actions.overdue(plan.id())));
        if (caller.hasRole(Role.PLATFORM_ADMIN)) {
            page.with("allTenants", tenants.list()).with("auditEntries", audit.latest(10));
        }
        if (caller.hasRole(Role.CQC_INSPECTOR)) {
            page.with("activeTenants", tenants.list().stream().filter(TenantSummary::isActive).toList());
        }
        if (caller.hasRole(Role.RRN_REVIEWER)) {
            page.with("reviewGrants", reviewAccess.currentGrantsFor(caller.username()));
        }
        return page;
    }
}
