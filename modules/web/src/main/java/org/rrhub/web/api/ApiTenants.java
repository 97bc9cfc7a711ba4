package org.rrhub.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rrhub.core.api.InvalidInputException;
import org.rrhub.core.api.NotFoundException;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.TenantContext;
import org.rrhub.core.api.TenantId;
import org.rrhub.tenants.api.NewTenant;
import org.rrhub.tenants.api.Registration;
import org.rrhub.tenants.api.Sector;
import org.rrhub.tenants.api.TenantRegistry;
import org.rrhub.tenants.api.TenantSummary;

import java.net.URI;
import java.util.List;

@Path("/api/v1/tenants")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
@Tag(name = "Tenants", description = "Provider organisations (platform administrators only)")
public class ApiTenants {

    @Inject
    TenantRegistry tenants;

    @Inject
    TenantContext tenantContext;

    public record TenantJson(String id, String name, String sector, String status, String createdAt) {
        static TenantJson of(TenantSummary t) {
            return new TenantJson(t.id().value(), t.name(), t.sector().name(), t.status().name(),
                    t.createdAt().toString());
        }
    }

    public record NewTenantJson(String name, String sector, String adminEmail, String adminFirstName,
                                String adminLastName) {
    }

    public record RegistrationJson(TenantJson tenant, String adminUsername, String temporaryPassword) {
    }

    @GET
    @Operation(summary = "List provider organisations")
    public List<TenantJson> list() {
        return tenants.list().stream().map(TenantJson::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One provider organisation")
    @APIResponse(responseCode = "404", description = "No such tenant")
    public TenantJson get(@PathParam("id") String id) {
        return tenants.find(TenantId.fromPath(id)).map(TenantJson::of).orElseThrow(() -> new NotFoundException("Tenant"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a provider organisation, its Keycloak organization and first provider-admin")
    @APIResponse(responseCode = "201", description = "Created; the temporary password is shown only here")
    @APIResponse(responseCode = "400", description = "Invalid or duplicate input (problem+json with field errors)")
    public Response create(NewTenantJson body) {
        if (body == null) {
            throw InvalidInputException.of("name", "Enter the organisation's name");
        }
        Registration registration = tenants.register(new NewTenant(body.name(), Sector.fromInput(body.sector()),
                body.adminEmail(), body.adminFirstName(), body.adminLastName()), tenantContext.actor());
        TenantJson tenant = TenantJson.of(registration.tenant());
        return Response.created(URI.create("/api/v1/tenants/" + tenant.id()))
                .entity(new RegistrationJson(tenant, registration.adminUsername(), registration.temporaryPassword()))
                .build();
    }

    @PUT
    @Path("{id}/suspension")
    @Operation(summary = "Suspend a provider organisation: its staff can no longer work in it")
    public TenantJson suspend(@PathParam("id") String id) {
        tenants.suspend(TenantId.fromPath(id), tenantContext.actor());
        return get(id);
    }

    @DELETE
    @Path("{id}/suspension")
    @Operation(summary = "Lift a suspension")
    public TenantJson reactivate(@PathParam("id") String id) {
        tenants.reactivate(TenantId.fromPath(id), tenantContext.actor());
        return get(id);
    }
}
