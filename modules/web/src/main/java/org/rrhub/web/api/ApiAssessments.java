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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rrhub.compliance.api.AnswerDraft;
import org.rrhub.compliance.api.AnswerView;
import org.rrhub.compliance.api.Assessment;
import org.rrhub.compliance.api.AssessmentReports;
import org.rrhub.compliance.api.SelfAssessments;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.TenantContext;

/** The caller's organisation's self-assessment against a compliance framework, per year. */
@Path("/api/v1/assessments/{framework}/{year}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR, Role.Names.PROVIDER_VIEWER})
@Tag(name = "Self-assessment", description = "Answers to the National Minimum Standards, with roll-ups")
public class ApiAssessments {

    @Inject
    SelfAssessments assessments;

    @Inject
    AssessmentReports reports;

    @Inject
    TenantContext tenantContext;

    /** @param version the answer's version when changing one, absent for a first answer */
    public record AnswerJson(Long version, AnswerDraft answer) {
    }

    @GET
    @Operation(summary = "The answers so far, with counts and percentage met per section, subsection and domain")
    @APIResponse(responseCode = "404", description = "No such framework, or a year out of range")
    public Assessment assessment(@PathParam("framework") String framework, @PathParam("year") int year) {
        return assessments.assessment(framework, year);
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(summary = "The whole assessment as CSV: one row per statement, answered or not, evidence by name")
    public jakarta.ws.rs.core.Response csv(@PathParam("framework") String framework, @PathParam("year") int year) {
        return GeneratedFile.csv(reports.csv(framework, year), "self-assessment-" + framework + "-" + year + ".csv");
    }

    @GET
    @Path("export.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The whole assessment as a PDF report with its roll-ups")
    public jakarta.ws.rs.core.Response pdf(@PathParam("framework") String framework, @PathParam("year") int year) {
        return GeneratedFile.pdf(reports.pdf(framework, year), "self-assessment-" + framework + "-" + year + ".pdf");
    }

    public record ActionLinkJson(String actionId) {
    }

    @POST
    @Path("statements/{statement}/action")
    @RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR})
    @Operation(summary = "Turn a gap (not met or partially met) into an action of the current pledge plan")
    @APIResponse(responseCode = "201", description = "The action, linked both ways")
    @APIResponse(responseCode = "400", description = "Not a gap, or no pledge plan yet")
    public jakarta.ws.rs.core.Response turnIntoAction(@PathParam("framework") String framework,
                                                      @PathParam("year") int year,
                                                      @PathParam("statement") String statement) {
        String actionId = assessments.turnIntoAction(framework, year, statement, tenantContext.actor());
        return jakarta.ws.rs.core.Response.status(201).entity(new ActionLinkJson(actionId)).build();
    }

    @PUT
    @Path("statements/{statement}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR})
    @Operation(summary = "Answer one statement")
    @APIResponse(responseCode = "400", description = "Invalid: each field named with its reason")
    @APIResponse(responseCode = "404", description = "No such framework or statement")
    @APIResponse(responseCode = "409", description = "Answered by somebody else since `version`")
    public AnswerView answer(@PathParam("framework") String framework, @PathParam("year") int year,
                             @PathParam("statement") String statement, AnswerJson body) {
        return assessments.answer(framework, year, statement, body == null ? null : body.version(),
                body == null ? null : body.answer(), tenantContext.actor());
    }
}
