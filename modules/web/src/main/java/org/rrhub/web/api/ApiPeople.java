package org.rrhub.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import org.rrhub.core.api.Role;
import org.rrhub.core.api.TenantContext;
import org.rrhub.tenants.api.People;
import org.rrhub.tenants.api.Person;

import java.util.List;

/** The people of the caller's organisation and their provider roles. */
@Path("/api/v1/people")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR, Role.Names.PROVIDER_VIEWER})
@Tag(name = "People", description = "The people of the caller's organisation (action owners) and their roles")
public class ApiPeople {

    @Inject
    People people;

    @Inject
    TenantContext tenantContext;

    /** @param role provider-admin, provider-editor or provider-viewer */
    public record RoleJson(String role) {
    }

    /** A person with their role as tokens name it (provider-admin, ...), or null for none. */
    public record PersonJson(String username, String firstName, String lastName, String email, String role) {
        static PersonJson of(Person person) {
            return new PersonJson(person.username(), person.firstName(), person.lastName(), person.email(),
                    person.role() == null ? null : person.role().claimName());
        }
    }

    @GET
    @Operation(summary = "Everybody in the organisation, with their role")
    public List<PersonJson> list() {
        return people.withTheirRoles().stream().map(PersonJson::of).toList();
    }

    @PUT
    @Path("{username}/role")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PROVIDER_ADMIN)
    @Operation(summary = "Give somebody exactly one provider role; it applies from their next request (their sessions and earlier tokens end)")
    @APIResponse(responseCode = "404", description = "Nobody of that username in the caller's organisation")
    public PersonJson changeRole(@PathParam("username") String username, RoleJson body) {
        Role role = body == null || body.role() == null ? null : Role.fromClaim(body.role())
                .filter(Role::isProviderStaff).orElse(null);
        if (role == null) {
            throw InvalidInputException.of("role", "Choose provider-admin, provider-editor or provider-viewer");
        }
        return PersonJson.of(people.changeRole(username, role, tenantContext.actor()));
    }

    @DELETE
    @Path("{username}")
    @RolesAllowed(Role.Names.PROVIDER_ADMIN)
    @Operation(summary = "Take somebody out of the organisation: their provider role and membership end, from their "
            + "next request (their sessions and earlier tokens end)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "Nobody of that username in the caller's organisation")
    public Response remove(@PathParam("username") String username) {
        people.removeFromOrganisation(username, tenantContext.actor());
        return Response.noContent().build();
    }
}
