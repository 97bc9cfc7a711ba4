package org.rrhub.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rrhub.core.api.InvalidInputException;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.TenantContext;
import org.rrhub.tenants.api.NewWard;
import org.rrhub.tenants.api.WardView;
import org.rrhub.tenants.api.Wards;

import java.net.URI;
import java.util.List;

/** The caller's own organisation's wards; another organisation's ward id answers 404. */
@Path("/api/v1/wards")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR, Role.Names.PROVIDER_VIEWER})
@Tag(name = "Wards", description = "Wards and service units of the caller's organisation")
public class ApiWards {

    @Inject
    Wards wards;

    @Inject
    TenantContext tenantContext;

    @GET
    @Operation(summary = "List the organisation's wards")
    public List<WardView> list() {
        return wards.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One ward")
    @APIResponse(responseCode = "404", description = "No such ward in the caller's organisation")
    public WardView get(@PathParam("id") String id) {
        return wards.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PROVIDER_ADMIN)
    @Operation(summary = "Add a ward")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid input (problem+json with field errors)")
    public Response add(NewWard body) {
        if (body == null) {
            throw InvalidInputException.of("name", "Enter the ward's name");
        }
        WardView ward = wards.add(body, tenantContext.actor());
        return Response.created(URI.create("/api/v1/wards/" + ward.id())).entity(ward).build();
    }
}
