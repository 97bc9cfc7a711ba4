package org.rrhub.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.TenantContext;
import org.rrhub.documents.api.CoverageItem;
import org.rrhub.documents.api.PolicyCoverage;

import java.util.List;

/** The Appendix 1 exemplar policy titles and how the organisation covers each. */
@Path("/api/v1/policy-coverage")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR, Role.Names.PROVIDER_VIEWER})
@Tag(name = "Policy coverage", description = "Appendix 1 exemplar policies: covered, not applicable, or open")
public class ApiPolicyCoverage {

    @Inject
    PolicyCoverage coverage;

    @Inject
    TenantContext tenantContext;

    /** Either {@code documentId} (a policy that covers it) or {@code notApplicable} (the rationale). */
    public record CoverageJson(String documentId, String notApplicable) {
    }

    @GET
    @Operation(summary = "The checklist with the organisation's answer for each title")
    public List<CoverageItem> checklist() {
        return coverage.checklist();
    }

    @PUT
    @Path("{number}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR})
    @Operation(summary = "Cover a title by a policy, or mark it not applicable with a rationale")
    public CoverageItem answer(@PathParam("number") int number, CoverageJson body) {
        if (body != null && body.documentId() != null) {
            return coverage.coverBy(number, body.documentId(), tenantContext.actor());
        }
        if (body != null && body.notApplicable() != null) {
            return coverage.markNotApplicable(number, body.notApplicable(), tenantContext.actor());
        }
        return coverage.clear(number, tenantContext.actor());
    }
}
