package org.rrhub.web.pages;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.rrhub.core.api.NotFoundException;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.TenantId;
import org.rrhub.search.api.SearchIndexAdmin;
import org.rrhub.tenants.api.TenantRegistry;
import org.rrhub.web.support.Page;

import java.net.URI;

/** For platform admins: the search index's state, and a rebuild from the database (one organisation or all). */
@Path("/platform/search-index")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
public class SearchIndexPage {

    @Inject
    SearchIndexAdmin admin;

    @Inject
    TenantRegistry tenants;

    @GET
    public Page state() {
        return Page.of("search-index", "Search index").with("progress", admin.progress())
                .with("tenants", tenants.list());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rebuild(@FormParam("tenant") String tenant) {
        if (tenant != null && !tenant.isBlank() && !TenantId.isValid(tenant)) {
            throw new NotFoundException("Organisation");
        }
        admin.rebuild(tenant == null || tenant.isBlank() ? null : TenantId.of(tenant));
        return Response.seeOther(URI.create("/platform/search-index")).build();
    }
}
