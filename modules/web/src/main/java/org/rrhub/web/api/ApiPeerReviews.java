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
import org.rrhub.compliance.api.Assessment;
import org.rrhub.compliance.api.PeerReviews;
import org.rrhub.compliance.api.ReviewView;
import org.rrhub.compliance.api.Verdict;
import org.rrhub.core.api.InvalidInputException;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.TenantContext;

import java.net.URI;
import java.util.List;

/**
 * The reviewer's API for peer reviews of a provider's self-assessment: RRN reviewers, and staff of other providers
 * acting as peers. Everything answers 404 without the provider's current grant.
 */
@Path("/api/v1/reviews/{tenant}/assessment-reviews")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.RRN_REVIEWER, Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR,
        Role.Names.PROVIDER_VIEWER})
@Tag(name = "Peer review", description = "For reviewers: findings on a provider's self-assessment")
public class ApiPeerReviews {

    @Inject
    PeerReviews reviews;

    @Inject
    TenantContext tenantContext;

    public record StartJson(String frameworkId, Integer year) {
    }

    public record FindingJson(String verdict, String comment) {
    }

    public record SummaryJson(Long version, String summary) {
    }

    public record VersionJson(Long version) {
    }

    @GET
    @Operation(summary = "The caller's reviews of this provider, newest first")
    public List<ReviewView> list(@PathParam("tenant") String tenant) {
        return reviews.reviewsOf(tenant, tenantContext.actor());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a review of the provider's assessment for a framework and year (or get the open one)")
    @APIResponse(responseCode = "201", description = "The review, a draft only the reviewer sees")
    public Response start(@PathParam("tenant") String tenant, StartJson body) {
        if (body == null || body.frameworkId() == null || body.frameworkId().isBlank()) {
            throw InvalidInputException.of("frameworkId", "Name the framework of the assessment to review");
        }
        if (body.year() == null) {
            throw InvalidInputException.of("year", "Give the year of the assessment to review");
        }
        ReviewView review = reviews.start(tenant, body.frameworkId(), body.year(), tenantContext.actor());
        return Response.created(URI.create("/api/v1/reviews/" + tenant + "/assessment-reviews/" + review.id()))
                .entity(review).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of the caller's reviews, with its findings and history")
    public ReviewView review(@PathParam("tenant") String tenant, @PathParam("id") String id) {
        return reviews.review(tenant, id, tenantContext.actor());
    }

    @GET
    @Path("{id}/assessment")
    @Operation(summary = "The provider's self-assessment under review, read-only")
    public Assessment assessment(@PathParam("tenant") String tenant, @PathParam("id") String id) {
        ReviewView review = reviews.review(tenant, id, tenantContext.actor());
        return reviews.assessmentOf(tenant, review.frameworkId(), review.year(), tenantContext.actor());
    }

    @PUT
    @Path("{id}/findings/{statement}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the finding on one statement: agree or disagree with the provider's status")
    @APIResponse(responseCode = "400", description = "No verdict, a disagreement without a comment, or not a draft")
    @APIResponse(responseCode = "404", description = "No such statement in the framework")
    public ReviewView finding(@PathParam("tenant") String tenant, @PathParam("id") String id,
                              @PathParam("statement") String statement, FindingJson body) {
        return reviews.recordFinding(tenant, id, statement, verdict(body == null ? null : body.verdict()),
                body == null ? null : body.comment(), tenantContext.actor());
    }

    @PUT
    @Path("{id}/summary")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write the overall summary")
    public ReviewView summary(@PathParam("tenant") String tenant, @PathParam("id") String id, SummaryJson body) {
        return reviews.summarise(tenant, id, version(body == null ? null : body.version()),
                body == null ? null : body.summary(), tenantContext.actor());
    }

    @POST
    @Path("{id}/sharing")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Share the review with the provider")
    public ReviewView share(@PathParam("tenant") String tenant, @PathParam("id") String id, VersionJson body) {
        return reviews.share(tenant, id, version(body == null ? null : body.version()), tenantContext.actor());
    }

    @POST
    @Path("{id}/closing")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Close a review the provider has responded to")
    public ReviewView close(@PathParam("tenant") String tenant, @PathParam("id") String id, VersionJson body) {
        return reviews.close(tenant, id, version(body == null ? null : body.version()), tenantContext.actor());
    }

    static Verdict verdict(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Verdict.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("verdict", "The verdict must be AGREE or DISAGREE");
        }
    }

    static long version(Long version) {
        if (version == null) {
            throw InvalidInputException.of("version", "Send the version of the review you read");
        }
        return version;
    }
}
