package org.rrhub.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rrhub.pledge.api.PublicDirectory;
import org.rrhub.pledge.api.PublishedPledge;

import java.util.List;

/** The public feed of member organisations' published top three priorities. */
@Path("/api/v1/public/pledges")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Public", description = "Open data: no sign-in needed")
public class ApiPublicPledges {

    @Inject
    PublicDirectory directory;

    @GET
    @Operation(summary = "Member organisations and their published top three priorities")
    public List<PublishedPledge> all() {
        return directory.all();
    }
}
