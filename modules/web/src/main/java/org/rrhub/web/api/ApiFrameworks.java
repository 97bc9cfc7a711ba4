package org.rrhub.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rrhub.compliance.api.Framework;
import org.rrhub.compliance.api.Frameworks;
import org.rrhub.core.api.NotFoundException;

import java.util.List;

/** The compliance frameworks (editions of the National Minimum Standards), for any signed-in caller. */
@Path("/api/v1/frameworks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Compliance frameworks", description = "The standards' sections, subsections and numbered statements")
public class ApiFrameworks {

    @Inject
    Frameworks frameworks;

    public record FrameworkSummary(String id, String title, String edition, int statements, boolean current) {
    }

    @GET
    @Operation(summary = "Every edition known, oldest first")
    public List<FrameworkSummary> list() {
        String current = frameworks.current().id();
        return frameworks.all().stream().map(f -> new FrameworkSummary(f.id(), f.title(), f.edition(),
                f.statements().size(), f.id().equals(current))).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One edition with all its statements and their strategy domains")
    @APIResponse(responseCode = "404", description = "No such framework")
    public Framework get(@PathParam("id") String id) {
        return frameworks.find(id).orElseThrow(() -> new NotFoundException("Framework"));
    }
}
