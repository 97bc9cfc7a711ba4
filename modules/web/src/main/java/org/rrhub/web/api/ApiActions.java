package org.rrhub.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.rrhub.core.api.Role;
import org.rrhub.core.api.TenantContext;
import org.rrhub.pledge.api.ActionDraft;
import org.rrhub.pledge.api.ActionView;
import org.rrhub.pledge.api.PlanActions;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/** The actions that deliver a plan, per strategy domain, with their progress notes. */
@Path("/api/v1/plans/{planId}/actions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR, Role.Names.PROVIDER_VIEWER})
@Tag(name = "Plan actions", description = "The work that delivers the pledge action plan")
public class ApiActions {

    @Inject
    PlanActions actions;

    @Inject
    TenantContext tenantContext;

    /** A change is sent with the version it was based on. */
    public record ActionChangeJson(Long version, ActionDraft action) {
    }

    public record NoteJson(LocalDate date, String text) {
    }

    @GET
    @Operation(summary = "Every action of the plan, by strategy domain")
    @APIResponse(responseCode = "404", description = "No such plan in the caller's organisation")
    public List<ActionView> list(@PathParam("planId") String planId) {
        return actions.of(planId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR})
    @Operation(summary = "Add an action")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid: problem+json naming each field and its reason")
    public Response create(@PathParam("planId") String planId, ActionDraft body) {
        if (body == null) {
            throw InvalidInputException.of("action", "Send the action");
        }
        ActionView created = actions.create(planId, body, tenantContext.actor());
        return Response.created(URI.create("/api/v1/plans/" + planId + "/actions/" + created.id()))
                .entity(created).build();
    }

    @GET
    @Path("{actionId}")
    @Operation(summary = "One action with its progress notes")
    @APIResponse(responseCode = "404", description = "No such action in this plan of the caller's organisation")
    public ActionView get(@PathParam("planId") String planId, @PathParam("actionId") String actionId) {
        return actions.get(planId, actionId);
    }

    @PUT
    @Path("{actionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR})
    @Operation(summary = "Change an action")
    @APIResponse(responseCode = "409", description = "Changed by somebody else since `version`")
    public ActionView update(@PathParam("planId") String planId, @PathParam("actionId") String actionId,
                             ActionChangeJson body) {
        if (body == null || body.version() == null) {
            throw InvalidInputException.of("version", "Send the version of the action your change is based on");
        }
        if (body.action() == null) {
            throw InvalidInputException.of("action", "Send the action");
        }
        return actions.update(planId, actionId, body.version(), body.action(), tenantContext.actor());
    }

    @POST
    @Path("{actionId}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR})
    @Operation(summary = "Add a dated progress note")
    public ActionView addNote(@PathParam("planId") String planId, @PathParam("actionId") String actionId,
                              NoteJson body) {
        if (body == null) {
            throw InvalidInputException.of("note", "Send the note");
        }
        return actions.addNote(planId, actionId, body.date(), body.text(), tenantContext.actor());
    }
}
