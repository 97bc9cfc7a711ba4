package org.rrhub.web.pages;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.rrhub.pledge.api.PublicDirectory;
import org.rrhub.web.support.Page;

/** The public directory of member organisations and their published priorities. No sign-in needed. */
@Path("/pledges")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class PublicPledgesPage {

    @Inject
    PublicDirectory directory;

    @GET
    public Page directory() {
        return Page.of("pledges", "Member organisations and their pledges").with("pledges", directory.all());
    }
}
