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
import org.rrhub.keycloak.api.KeycloakSettings;
import org.rrhub.tenants.api.Integrations;
import org.rrhub.web.support.FormErrors;
import org.rrhub.web.support.Page;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** Provider administrators manage the API clients of their organisation's own systems. */
@Path("/integrations")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.Names.PROVIDER_ADMIN)
public class IntegrationPages {

    @Inject
    Integrations integrations;

    @Inject
    TenantContext tenantContext;

    @Inject
    KeycloakSettings keycloak;

    @GET
    public Page list() {
        return listPage(Map.of(), FormErrors.none(), "API integrations");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@FormParam("name") String name, @FormParam("role") String role) {
        try {
            var created = integrations.create(name, role, tenantContext.actor());
            return Response.status(201).entity(Page.of("integration-created", "Integration created")
                    .with("created", created)
                    .with("tokenEndpoint", keycloak.openIdEndpoint("token").toString())).build();
        } catch (InvalidInputException invalid) {
            Map<String, String> form = new HashMap<>();
            form.put("name", name);
            form.put("role", role);
            return Response.status(400).entity(listPage(form, FormErrors.of(invalid), "Error: API integrations"))
                    .build();
        }
    }

    @POST
    @Path("{id}/revoke")
    public Response revoke(@PathParam("id") String id) {
        integrations.revoke(id, tenantContext.actor());
        return Response.seeOther(URI.create("/integrations")).build();
    }

    private Page listPage(Map<String, String> form, FormErrors errors, String title) {
        return Page.of("integrations", title).with("integrations", integrations.list())
                .with("form", form).with("errors", errors);
    }
}
