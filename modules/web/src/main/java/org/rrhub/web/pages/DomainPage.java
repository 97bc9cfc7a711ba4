package org.rrhub.web.pages;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.rrhub.core.api.NotFoundException;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.StrategyDomain;
import org.rrhub.web.support.Page;

/** One of the six strategy domains, with the pledge template's guidance. */
@Path("/domains/{slug}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR, Role.Names.PROVIDER_VIEWER})
public class DomainPage {

    @GET
    public Page domain(@PathParam("slug") String slug) {
        StrategyDomain domain = StrategyDomain.bySlug(slug).orElseThrow(() -> new NotFoundException("Domain"));
        return Page.of("domain", domain.title()).with("domain", domain);
    }
}
