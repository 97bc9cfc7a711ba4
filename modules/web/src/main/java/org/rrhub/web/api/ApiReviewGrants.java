package org.rrhub.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rrhub.core.api.InvalidInputException;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.TenantContext;
import org.rrhub.tenants.api.GrantView;
import org.rrhub.tenants.api.ReviewAccess;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/** A provider's grants of review access to named reviewers. */
@Path("/api/v1/review-grants")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.PROVIDER_ADMIN)
@Tag(name = "Review access", description = "Who may review the caller's organisation")
public class ApiReviewGrants {

    @Inject
    ReviewAccess access;

    @Inject
    TenantContext tenantContext;

    public record NewGrantJson(String reviewer, LocalDate validFrom, LocalDate validUntil) {
    }

    @GET
    @Operation(summary = "The organisation's review grants, newest first")
    public List<GrantView> list() {
        return access.grantsOfMyOrganisation();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Grant a reviewer access for a period")
    public Response grant(NewGrantJson body) {
        if (body == null) {
            throw InvalidInputException.of("reviewer", "Enter the reviewer's username");
        }
        GrantView grant = access.grant(body.reviewer(), body.validFrom(), body.validUntil(), tenantContext.actor());
        return Response.created(URI.create("/api/v1/review-grants/" + grant.id())).entity(grant).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke a grant: it stops working at the reviewer's next request")
    public Response revoke(@PathParam("id") String id) {
        access.revoke(id, tenantContext.actor());
        return Response.noContent().build();
    }
}
