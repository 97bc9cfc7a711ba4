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
import org.rrhub.compliance.api.ReviewResponses;
import org.rrhub.compliance.api.ReviewView;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.TenantContext;

import java.util.List;

/** The provider's API for the peer reviews shared with it: read them, answer the findings, respond. */
@Path("/api/v1/assessment-reviews")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR, Role.Names.PROVIDER_VIEWER})
@Tag(name = "Peer review", description = "For providers: the reviews of their self-assessments")
public class ApiReviewResponses {

    @Inject
    ReviewResponses responses;

    @Inject
    TenantContext tenantContext;

    public record AnswerJson(String answer) {
    }

    @GET
    @Operation(summary = "The reviews shared with the caller's organisation, newest first")
    public List<ReviewView> list() {
        return responses.ofMyOrganisation();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One shared review with its findings and history")
    public ReviewView review(@PathParam("id") String id) {
        return responses.get(id);
    }

    @PUT
    @Path("{id}/findings/{finding}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR})
    @Operation(summary = "Answer one finding")
    @APIResponse(responseCode = "400", description = "An empty answer, or the review is not waiting for answers")
    public ReviewView answer(@PathParam("id") String id, @PathParam("finding") String finding, AnswerJson body) {
        return responses.answer(id, finding, body == null ? null : body.answer(), tenantContext.actor());
    }

    @POST
    @Path("{id}/response")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PROVIDER_ADMIN)
    @Operation(summary = "Send the organisation's response: every disagreement must be answered")
    public ReviewView respond(@PathParam("id") String id, ApiPeerReviews.VersionJson body) {
        return responses.respond(id, ApiPeerReviews.version(body == null ? null : body.version()),
                tenantContext.actor());
    }
}
