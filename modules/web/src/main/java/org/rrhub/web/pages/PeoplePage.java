package org.rrhub.web.pages;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.rrhub.core.api.InvalidInputException;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.TenantContext;
import org.rrhub.tenants.api.People;
import org.rrhub.tenants.api.Person;
import org.rrhub.web.support.FormErrors;
import org.rrhub.web.support.Page;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The provider-admin's page of the organisation's people and their roles. */
@Path("/people")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.Names.PROVIDER_ADMIN)
public class PeoplePage {

    @Inject
    People people;

    @Inject
    TenantContext tenantContext;

    @GET
    public Page people(@QueryParam("changed") String changed, @QueryParam("removed") String removed) {
        return page(FormErrors.none(), null, changed).with("removed", removed);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeRole(@FormParam("username") String username, @FormParam("role") String role) {
        try {
            Role chosen = Role.fromClaim(role == null ? "" : role).orElse(null);
            Person person = people.changeRole(username, chosen, tenantContext.actor());
            return Response.seeOther(URI.create("/people?changed="
                    + URLEncoder.encode(person.username(), StandardCharsets.UTF_8))).build();
        } catch (InvalidInputException invalid) {
            return Response.status(400).entity(page(FormErrors.of(invalid), username, null)).build();
        }
    }

    @POST
    @Path("remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@FormParam("username") String username) {
        try {
            people.removeFromOrganisation(username, tenantContext.actor());
            return Response.seeOther(URI.create("/people?removed="
                    + URLEncoder.encode(username.strip(), StandardCharsets.UTF_8))).build();
        } catch (InvalidInputException invalid) {
            return Response.status(400).entity(page(FormErrors.of(invalid), username, null)).build();
        }
    }

    private Page page(FormErrors errors, String failedFor, String changed) {
        return Page.of("people", (errors.any() ? "Error: " : "") + "People and roles")
                .with("people", people.withTheirRoles()).with("errors", errors).with("failedFor", failedFor)
                .with("changed", changed).with("removed", null).with("me", tenantContext.actor())
                .with("roles", Arrays.stream(Role.values()).filter(Role::isProviderStaff).toList());
    }
}
