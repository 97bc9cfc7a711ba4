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
import org.rrhub.compliance.api.Framework;
import org.rrhub.compliance.api.Frameworks;
import org.rrhub.compliance.api.ReviewResponses;
import org.rrhub.compliance.api.ReviewView;
import org.rrhub.compliance.api.Statement;
import org.rrhub.core.api.ConflictException;
import org.rrhub.core.api.InvalidInputException;
import org.rrhub.core.api.NotFoundException;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.TenantContext;
import org.rrhub.web.support.FormErrors;
import org.rrhub.web.support.Page;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The provider's pages for the peer reviews of its self-assessments: read, answer each finding, respond. */
@Path("/assessment-reviews")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR, Role.Names.PROVIDER_VIEWER})
public class ReviewResponsePages {

    @Inject
    ReviewResponses responses;

    @Inject
    Frameworks frameworks;

    @Inject
    TenantContext tenantContext;

    @GET
    public Page list() {
        return Page.of("assessment-reviews", "Reviews of your self-assessment")
                .with("reviews", responses.ofMyOrganisation())
                // Only admins may grant review access (ReviewAccessPage): nobody else is shown the way there.
                .with("canGrantAccess", tenantContext.caller().orElseThrow().hasRole(Role.PROVIDER_ADMIN));
    }

    @GET
    @Path("{id}")
    public Page review(@PathParam("id") String id, @QueryParam("done") String done) {
        return page(responses.get(id), null, null, FormErrors.none(), done);
    }

    @POST
    @Path("{id}/findings/{finding}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR})
    public Response answer(@PathParam("id") String id, @PathParam("finding") String findingId,
                           @FormParam("answer") String answer) {
        try {
            responses.answer(id, findingId, answer, tenantContext.actor());
            return Response.seeOther(URI.create("/assessment-reviews/" + id + "?done=answered#finding-"
                    + findingId)).build();
        } catch (InvalidInputException invalid) {
            return Response.status(400).entity(page(responses.get(id), findingId, answer, FormErrors.of(invalid),
                    null)).build();
        }
    }

    @POST
    @Path("{id}/response")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.Names.PROVIDER_ADMIN)
    public Response respond(@PathParam("id") String id, @FormParam("version") String version) {
        try {
            responses.respond(id, PlanPages.version(version), tenantContext.actor());
            return Response.seeOther(URI.create("/assessment-reviews/" + id + "?done=responded")).build();
        } catch (InvalidInputException invalid) {
            return Response.status(400).entity(page(responses.get(id), null, null, FormErrors.of(invalid), null))
                    .build();
        } catch (ConflictException conflict) {
            return Response.status(409).entity(page(responses.get(id), null, null, FormErrors.of(
                    InvalidInputException.of("findings", conflict.getMessage()
                            + ". Check the answers below and send the response again.")), null)).build();
        }
    }

    /**
     * @param failedFor the finding whose answer was refused, shown again with the text as typed
     */
    private Page page(ReviewView review, String failedFor, String typed, FormErrors errors, String done) {
        Framework framework = frameworks.find(review.frameworkId()).orElseThrow(() -> new NotFoundException("Framework"));
        Map<String, Statement> statements = framework.statements().stream()
                .collect(Collectors.toMap(Statement::id, Function.identity()));
        var caller = tenantContext.caller().orElseThrow();
        return Page.of("assessment-review", (errors.any() ? "Error: " : "") + "Review of your " + review.year()
                        + " self-assessment")
                .with("review", review).with("framework", framework).with("statements", statements)
                .with("failedFor", failedFor).with("typed", typed).with("errors", errors).with("done", done)
                .with("canAnswer", caller.hasAnyRole(Set.of(Role.PROVIDER_ADMIN, Role.PROVIDER_EDITOR)))
                .with("canRespond", caller.hasRole(Role.PROVIDER_ADMIN));
    }
}
