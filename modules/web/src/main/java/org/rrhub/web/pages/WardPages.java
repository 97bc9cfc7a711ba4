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
import org.rrhub.core.api.InvalidInputException;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.TenantContext;
import org.rrhub.tenants.api.NewWard;
import org.rrhub.tenants.api.Wards;
import org.rrhub.web.support.FormErrors;
import org.rrhub.web.support.Page;

import java.net.URI;
import java.util.Map;

@Path("/wards")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.Names.PROVIDER_ADMIN)
public class WardPages {

    @Inject
    Wards wards;

    @Inject
    TenantContext tenantContext;

    @GET
    @Path("new")
    public Page form() {
        return Page.of("ward-form", "Add a ward").with("form", Map.of()).with("errors", FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@FormParam("name") String name, @FormParam("service") String service,
                        @FormParam("beds") String beds) {
        try {
            wards.add(new NewWard(name, service, FormErrors.parseInt(beds, "beds")),
                    tenantContext.actor());
            return Response.seeOther(URI.create("/dashboard")).build();
        } catch (InvalidInputException invalid) {
            Map<String, String> form = Map.of("name", nullToEmpty(name), "service", nullToEmpty(service),
                    "beds", nullToEmpty(beds));
            return Response.status(400).entity(Page.of("ward-form", "Error: Add a ward")
                    .with("form", form).with("errors", FormErrors.of(invalid))).build();
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
