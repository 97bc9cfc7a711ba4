package org.rrhub.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rrhub.core.api.InvalidInputException;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.TenantContext;
import org.rrhub.pledge.api.DomainProgress;
import org.rrhub.pledge.api.PlanActions;
import org.rrhub.pledge.api.PlanContent;
import org.rrhub.pledge.api.PlanView;
import org.rrhub.pledge.api.PledgePlans;
import org.rrhub.pledge.api.RevisionView;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/** The caller's organisation's RRN pledge action plans, one per 12-month cycle. */
@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR, Role.Names.PROVIDER_VIEWER})
@Tag(name = "Pledge action plans", description = "The RRN pledge action plan of the caller's organisation")
public class ApiPlans {

    @Inject
    PledgePlans plans;

    @Inject
    PlanActions actions;

    @Inject
    TenantContext tenantContext;

    public record NewCycleJson(LocalDate cycleStart) {
    }

    /** A change is sent with the version it was based on, so nobody overwrites somebody else's change unseen. */
    public record PlanChangeJson(Long version, PlanContent content) {
    }

    public record SubmissionJson(Long version) {
    }

    @GET
    @Operation(summary = "Every cycle's plan, newest first")
    public List<PlanView> list() {
        return plans.cycles();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR})
    @Operation(summary = "Start the plan for a new 12-month cycle")
    @APIResponse(responseCode = "201", description = "Created, prefilled from the previous cycle")
    @APIResponse(responseCode = "400", description = "No date, or the cycle overlaps another")
    public Response startCycle(NewCycleJson body) {
        PlanView plan = plans.startCycle(body == null ? null : body.cycleStart(), tenantContext.actor());
        return Response.created(URI.create("/api/v1/plans/" + plan.id())).entity(plan).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One plan")
    @APIResponse(responseCode = "404", description = "No such plan in the caller's organisation")
    public PlanView get(@PathParam("id") String id) {
        return plans.get(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR})
    @Operation(summary = "Replace the plan's content (draft or returned plans only)")
    @APIResponse(responseCode = "400", description = "Invalid content: problem+json with each field's reason")
    @APIResponse(responseCode = "409", description = "Changed by somebody else since `version` (the problem lists "
            + "their changes), or not editable in its state")
    public PlanView save(@PathParam("id") String id, PlanChangeJson body) {
        if (body == null || body.version() == null) {
            throw InvalidInputException.of("version", "Send the version of the plan your change is based on");
        }
        if (body.content() == null) {
            throw InvalidInputException.of("content", "Send the plan's content");
        }
        return plans.save(id, body.version(), body.content(), tenantContext.actor());
    }

    @POST
    @Path("{id}/submission")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PROVIDER_ADMIN)
    @Operation(summary = "Submit the plan to the Restraint Reduction Network")
    @APIResponse(responseCode = "400", description = "The form is incomplete: each missing field is named")
    @APIResponse(responseCode = "409", description = "Changed since `version`, or not in a state to submit")
    public PlanView submit(@PathParam("id") String id, SubmissionJson body) {
        if (body == null || body.version() == null) {
            throw InvalidInputException.of("version", "Send the version of the plan you are submitting");
        }
        return plans.submit(id, body.version(), tenantContext.actor());
    }

    @GET
    @Path("{id}/progress")
    @Operation(summary = "Per strategy domain: the plan's open, overdue and done actions")
    public List<DomainProgress> progress(@PathParam("id") String id) {
        return actions.progress(id).byDomain();
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The plan as a PDF laid out like the RRN pledge template")
    public Response pdf(@PathParam("id") String id) {
        return GeneratedFile.pdf(plans.pdf(id), "pledge-action-plan-" + plans.get(id).cycleStart() + ".pdf");
    }

    @GET
    @Path("{id}/revisions")
    @Operation(summary = "Every revision of the plan, newest first, with what changed in each")
    public List<RevisionView> revisions(@PathParam("id") String id) {
        return plans.revisions(id);
    }

    @GET
    @Path("{id}/revisions/{number}")
    @Operation(summary = "One revision")
    public RevisionView revision(@PathParam("id") String id, @PathParam("number") int number) {
        return plans.revision(id, number);
    }
}
