package org.rrhub.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.rrhub.tenants.api.IntegrationCredentials;
import org.rrhub.tenants.api.IntegrationView;
import org.rrhub.tenants.api.Integrations;

import java.net.URI;
import java.util.List;

/**
 * A provider's administrators create API clients for their own systems. A client's tokens (client credentials
 * grant at Keycloak) act for that provider only, with the role chosen here.
 */
@Path("/api/v1/integrations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.PROVIDER_ADMIN)
@Tag(name = "Integrations", description = "API clients of the caller's organisation")
public class ApiIntegrations {

    @Inject
    Integrations integrations;

    @Inject
    TenantContext tenantContext;

    public record NewIntegrationJson(String name, String role) {
    }

    public record CreatedIntegrationJson(IntegrationView integration, String clientSecret, String tokenEndpointHint) {
    }

    @GET
    @Operation(summary = "The organisation's integrations (without secrets)")
    public List<IntegrationView> list() {
        return integrations.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an integration; its client secret is returned only in this response")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid input (problem+json with field errors)")
    public Response create(NewIntegrationJson body) {
        if (body == null) {
            throw InvalidInputException.of("name", "Enter a name that says which system this is");
        }
        IntegrationCredentials created = integrations.create(body.name(), body.role(), tenantContext.actor());
        return Response.created(URI.create("/api/v1/integrations/" + created.integration().id()))
                .entity(new CreatedIntegrationJson(created.integration(), created.clientSecret(),
                        "POST grant_type=client_credentials with this client id and secret to the realm's token endpoint"))
                .build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke an integration: its client is deleted and its tokens stop working")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No such integration in the caller's organisation")
    public Response revoke(@PathParam("id") String id) {
        integrations.revoke(id, tenantContext.actor());
        return Response.noContent().build();
    }
}
