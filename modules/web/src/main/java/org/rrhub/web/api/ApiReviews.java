package org.rrhub.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rrhub.core.api.InvalidInputException;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.TenantContext;
import org.rrhub.incidents.api.IncidentInsight;
import org.rrhub.incidents.api.Insight;
import org.rrhub.incidents.api.InsightFilter;
import org.rrhub.pledge.api.PlanReviews;
import org.rrhub.pledge.api.PlanView;
import org.rrhub.tenants.api.GrantView;
import org.rrhub.tenants.api.ReviewAccess;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/** The RRN reviewer's API: providers that granted review, their plans, and the review decisions. */
@Path("/api/v1/reviews")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.RRN_REVIEWER, Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR,
        Role.Names.PROVIDER_VIEWER})
@Tag(name = "Reviews", description = "For RRN reviewers: the providers that granted them review")
public class ApiReviews {

    @Inject
    IncidentInsight incidentInsight;

    @Inject
    ReviewAccess access;

    @Inject
    PlanReviews reviews;

    @Inject
    TenantContext tenantContext;

    public record DecisionJson(Long version, String comments) {
    }

    @GET
    @Operation(summary = "The providers that currently grant the caller review access")
    public List<GrantView> grants() {
        return access.currentGrantsFor(tenantContext.actor());
    }

    @GET
    @Path("{tenant}/incidents/insight")
    @RolesAllowed(Role.Names.RRN_REVIEWER)
    public Insight incidents(@PathParam("tenant") String tenant, @QueryParam("from") String from,
                                                    @QueryParam("to") String to,
                                                    @QueryParam("ward") String ward,
                                                    @QueryParam("type") String type) {
        return incidentInsight.insightForReviewer(tenant, tenantContext.actor(),
                InsightFilter.fromInput(from, to, ward, type, YearMonth.now(ZoneId.of("Europe/London"))));
    }

    @GET
    @Path("{tenant}/plans")
    @Operation(summary = "A provider's plans (404 without a current grant)")
    public List<PlanView> plans(@PathParam("tenant") String tenant) {
        return reviews.plans(tenant, tenantContext.actor());
    }

    @GET
    @Path("{tenant}/plans/{id}")
    @Operation(summary = "One of a provider's plans")
    public PlanView plan(@PathParam("tenant") String tenant, @PathParam("id") String id) {
        return reviews.plan(tenant, id, tenantContext.actor());
    }

    @POST
    @Path("{tenant}/plans/{id}/acceptance")
    @RolesAllowed(Role.Names.RRN_REVIEWER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept a submitted plan: it is published")
    public PlanView accept(@PathParam("tenant") String tenant, @PathParam("id") String id, DecisionJson body) {
        return reviews.accept(tenant, id, version(body), tenantContext.actor());
    }

    @POST
    @Path("{tenant}/plans/{id}/return")
    @RolesAllowed(Role.Names.RRN_REVIEWER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Return a submitted plan with comments")
    public PlanView returnPlan(@PathParam("tenant") String tenant, @PathParam("id") String id, DecisionJson body) {
        return reviews.returnWithComments(tenant, id, version(body), body.comments(), tenantContext.actor());
    }

    private static long version(DecisionJson body) {
        if (body == null || body.version() == null) {
            throw InvalidInputException.of("version", "Send the version of the plan you reviewed");
        }
        return body.version();
    }
}
