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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.rrhub.core.api.InvalidInputException;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.TenantContext;
import org.rrhub.core.api.TenantId;
import org.rrhub.tenants.api.NewTenant;
import org.rrhub.tenants.api.Registration;
import org.rrhub.tenants.api.Sector;
import org.rrhub.tenants.api.TenantRegistry;
import org.rrhub.web.support.FormErrors;
import org.rrhub.web.support.Page;

import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Platform administrators create, suspend and reactivate provider organisations. */
@Path("/platform/tenants")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
public class TenantPages {

    @Inject
    TenantRegistry tenants;

    @Inject
    TenantContext tenantContext;

    @GET
    public Page list() {
        return Page.of("tenants", "Provider organisations").with("tenants", tenants.list());
    }

    @GET
    @Path("new")
    public Page form() {
        return formPage(Map.of(), FormErrors.none(), "Add a provider organisation");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@FormParam("name") String name, @FormParam("sector") String sector,
                           @FormParam("adminEmail") String adminEmail,
                           @FormParam("adminFirstName") String adminFirstName,
                           @FormParam("adminLastName") String adminLastName) {
        Map<String, String> form = new HashMap<>();
        form.put("name", name);
        form.put("sector", sector);
        form.put("adminEmail", adminEmail);
        form.put("adminFirstName", adminFirstName);
        form.put("adminLastName", adminLastName);
        try {
            Registration registration = tenants.register(
                    new NewTenant(name, Sector.fromInput(sector), adminEmail, adminFirstName, adminLastName), tenantContext.actor());
            return Response.status(201).entity(Page.of("tenant-created", "Provider organisation added")
                    .with("registration", registration)).build();
        } catch (InvalidInputException invalid) {
            return Response.status(400)
                    .entity(formPage(form, FormErrors.of(invalid), "Error: Add a provider organisation")).build();
        }
    }

    @POST
    @Path("{id}/suspend")
    public Response suspend(@PathParam("id") String id) {
        tenants.suspend(TenantId.fromPath(id), tenantContext.actor());
        return Response.seeOther(URI.create("/platform/tenants")).build();
    }

    @POST
    @Path("{id}/reactivate")
    public Response reactivate(@PathParam("id") String id) {
        tenants.reactivate(TenantId.fromPath(id), tenantContext.actor());
        return Response.seeOther(URI.create("/platform/tenants")).build();
    }

    private Page formPage(Map<String, String> form, FormErrors errors, String title) {
        List<Sector> sectors = Arrays.asList(Sector.values());
        return Page.of("tenant-form", title).with("form", form).with("errors", errors).with("sectors", sectors);
    }
}
