package org.rrhub.web.pages;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.rrhub.compliance.api.Frameworks;
import org.rrhub.compliance.api.PeerReviews;
import org.rrhub.compliance.api.ReviewView;
import org.rrhub.core.api.InvalidInputException;
import org.rrhub.core.api.NotFoundException;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.TenantContext;
import org.rrhub.incidents.api.IncidentInsight;
import org.rrhub.incidents.api.InsightFilter;
import org.rrhub.pledge.api.PlanForm;
import org.rrhub.pledge.api.PlanReviews;
import org.rrhub.pledge.api.PlanView;
import org.rrhub.tenants.api.GrantView;
import org.rrhub.tenants.api.ReviewAccess;
import org.rrhub.web.support.FormErrors;
import org.rrhub.web.support.IncidentPageModel;
import org.rrhub.web.support.Page;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reviewer's pages: the providers that grant them review with the state of each self-assessment review (the
 * reviewers' dashboard), a provider's plans and reviews, and, for RRN reviewers only, accepting or returning plans.
 * Peers (staff of another provider named in a grant) use them too.
 */
@Path("/reviews")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.Names.RRN_REVIEWER, Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR,
        Role.Names.PROVIDER_VIEWER})
public class ReviewPages {

    @Inject
    ReviewAccess access;

    @Inject
    PlanReviews reviews;

    @Inject
    PeerReviews peerReviews;

    @Inject
    Frameworks frameworks;

    @Inject
    TenantContext tenantContext;

    @Inject
    IncidentInsight incidentInsight;

    @GET
    public Page providers() {
        List<GrantView> grants = access.currentGrantsFor(tenantContext.actor());
        Map<String, List<ReviewView>> assessmentReviews = new HashMap<>();
        grants.forEach(g -> assessmentReviews.put(g.tenant(), peerReviews.reviewsOf(g.tenant(),
                tenantContext.actor())));
        return Page.of("reviews", "Organisations you review").with("grants", grants)
                .with("assessmentReviews", assessmentReviews);
    }

    @GET
    @Path("{tenant}")
    public Page plans(@PathParam("tenant") String tenant) {
        GrantView grant = grant(tenant);
        int year = LocalDate.now(ZoneId.of("Europe/London")).getYear();
        return Page.of("review-plans", grant.tenantName()).with("grant", grant)
                .with("plans", reviews.plans(tenant, tenantContext.actor()))
                .with("assessmentReviews", peerReviews.reviewsOf(tenant, tenantContext.actor()))
                .with("framework", frameworks.current()).with("years", List.of(year, year - 1))
                .with("incidentsLink", tenantContext.caller().map(c -> c.hasRole(Role.RRN_REVIEWER)).orElse(false)
                        ? "/reviews/" + grant.tenant() + "/incidents" : null);
    }

    /** The provider's incident data and its place in the sector benchmark, as the provider sees them (1.4.III). */
    @GET
    @Path("{tenant}/incidents")
    @RolesAllowed(Role.Names.RRN_REVIEWER)
    public Response incidents(@PathParam("tenant") String tenant, @QueryParam("from") String from,
                              @QueryParam("to") String to, @QueryParam("ward") String ward,
                              @QueryParam("type") String type) {
        GrantView grant = grant(tenant);
        Map<String, String> values = IncidentPages.filterValues(from, to, ward, type);
        String action = "/reviews/" + grant.tenant() + "/incidents";
        try {
            InsightFilter filter = InsightFilter.fromInput(from, to, ward, type, YearMonth.now(IncidentPages.UK));
            return Response.ok(IncidentPageModel.insightPage(incidentInsight.insightForReviewer(tenant,
                    tenantContext.actor(), filter), values, FormErrors.none(), action, grant.tenantName())).build();
        } catch (InvalidInputException invalid) {
            InsightFilter fallback = InsightFilter.lastTwelveMonths(YearMonth.now(IncidentPages.UK));
            return Response.status(400).entity(IncidentPageModel.insightPage(incidentInsight.insightForReviewer(
                    tenant, tenantContext.actor(), fallback), values, FormErrors.of(invalid), action,
                    grant.tenantName())).build();
        }
    }

    @GET
    @Path("{tenant}/plans/{id}")
    public Page plan(@PathParam("tenant") String tenant, @PathParam("id") String id, @QueryParam("done") String done) {
        return planPage(tenant, reviews.plan(tenant, id, tenantContext.actor()), Map.of(), FormErrors.none(), done);
    }

    @POST
    @Path("{tenant}/plans/{id}/acceptance")
    @RolesAllowed(Role.Names.RRN_REVIEWER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@PathParam("tenant") String tenant, @PathParam("id") String id,
                           @FormParam("version") String version) {
        reviews.accept(tenant, id, PlanPages.version(version), tenantContext.actor());
        return Response.seeOther(URI.create("/reviews/" + tenant + "/plans/" + id + "?done=accepted")).build();
    }

    @POST
    @Path("{tenant}/plans/{id}/return")
    @RolesAllowed(Role.Names.RRN_REVIEWER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response returnPlan(@PathParam("tenant") String tenant, @PathParam("id") String id,
                               @FormParam("version") String version, @FormParam("comments") String comments) {
        try {
            reviews.returnWithComments(tenant, id, PlanPages.version(version), comments, tenantContext.actor());
            return Response.seeOther(URI.create("/reviews/" + tenant + "/plans/" + id + "?done=returned")).build();
        } catch (InvalidInputException invalid) {
            PlanView plan = reviews.plan(tenant, id, tenantContext.actor());
            return Response.status(400).entity(planPage(tenant, plan, Map.of("comments",
                    comments == null ? "" : comments), FormErrors.of(invalid), null)).build();
        }
    }

    private Page planPage(String tenant, PlanView plan, Map<String, String> values, FormErrors errors, String done) {
        GrantView grant = grant(tenant);
        return Page.of("review-plan", (errors.any() ? "Error: " : "") + "Review the plan of " + grant.tenantName())
                .with("grant", grant).with("plan", plan).with("values", values).with("errors", errors)
                .with("done", done).with("general", PlanForm.general()).with("domainFields", PlanPages.domainFields())
                .with("canDecide", tenantContext.caller().orElseThrow().hasRole(Role.RRN_REVIEWER));
    }

    private GrantView grant(String tenant) {
        return access.currentGrantsFor(tenantContext.actor()).stream().filter(g -> g.tenant().equals(tenant))
                .findFirst().orElseThrow(() -> new NotFoundException("Organisation"));
    }
}
