package org.rrhub.web.pages;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.rrhub.core.api.InvalidInputException;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.StrategyDomain;
import org.rrhub.core.api.TenantContext;
import org.rrhub.pledge.api.ActionConflictException;
import org.rrhub.pledge.api.ActionDraft;
import org.rrhub.pledge.api.ActionStatus;
import org.rrhub.pledge.api.ActionView;
import org.rrhub.pledge.api.PlanActions;
import org.rrhub.pledge.api.PlanView;
import org.rrhub.pledge.api.PledgePlans;
import org.rrhub.tenants.api.People;
import org.rrhub.web.support.FormDates;
import org.rrhub.web.support.FormErrors;
import org.rrhub.web.support.Page;

import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An action's pages: add, view with its progress notes, edit, and add a note. */
@Path("/plan/{planId}/actions")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR, Role.Names.PROVIDER_VIEWER})
public class ActionPages {

    private static final Set<Role> EDITORS = Set.of(Role.PROVIDER_ADMIN, Role.PROVIDER_EDITOR);

    @Inject
    PlanActions actions;

    @Inject
    PledgePlans plans;

    @Inject
    People people;

    @Inject
    TenantContext tenantContext;

    /** The actions board: every strategy domain with its actions and how many are open, overdue and done. */
    @GET
    public Page board(@PathParam("planId") String planId) {
        PlanView plan = plans.get(planId);
        List<ActionView> all = actions.of(planId);
        Map<StrategyDomain, List<ActionView>> byDomain = new java.util.EnumMap<>(StrategyDomain.class);
        for (StrategyDomain d : StrategyDomain.values()) {
            byDomain.put(d, all.stream().filter(a -> a.domain() == d).toList());
        }
        return Page.of("action-board", "Actions").with("plan", plan).with("byDomain", byDomain)
                .with("progress", actions.progress(planId).byDomain()).with("canEdit", canEdit())
                .with("people", peopleByUsername());
    }

    @GET
    @Path("new")
    @RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR})
    public Page newAction(@PathParam("planId") String planId, @QueryParam("domain") String domain) {
        PlanView plan = plans.get(planId);
        Map<String, String> values = new HashMap<>();
        StrategyDomain.bySlug(domain == null ? "" : domain).ifPresent(d -> values.put("domain", d.name()));
        values.put("status", ActionStatus.NOT_STARTED.name());
        return form(plan, null, values, FormErrors.none(), "Add an action");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR})
    public Response create(@PathParam("planId") String planId, MultivaluedMap<String, String> form) {
        PlanView plan = plans.get(planId);
        Map<String, String> typed = typed(form);
        try {
            ActionView created = actions.create(planId, draft(typed, form), tenantContext.actor());
            return Response.seeOther(URI.create(path(created) + "?done=added")).build();
        } catch (InvalidInputException invalid) {
            return Response.status(400).entity(form(plan, null, typed, FormErrors.of(invalid), "Error: Add an action"))
                    .build();
        }
    }

    @GET
    @Path("{actionId}")
    public Page action(@PathParam("planId") String planId, @PathParam("actionId") String actionId,
                       @QueryParam("done") String done) {
        return actionPage(plans.get(planId), actions.get(planId, actionId), Map.of(), FormErrors.none(), done);
    }

    @GET
    @Path("{actionId}/edit")
    @RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR})
    public Page edit(@PathParam("planId") String planId, @PathParam("actionId") String actionId) {
        ActionView action = actions.get(planId, actionId);
        return form(plans.get(planId), action, values(action), FormErrors.none(), "Change the action");
    }

    @POST
    @Path("{actionId}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR})
    public Response update(@PathParam("planId") String planId, @PathParam("actionId") String actionId,
                           MultivaluedMap<String, String> form) {
        PlanView plan = plans.get(planId);
        ActionView action = actions.get(planId, actionId);
        Map<String, String> typed = typed(form);
        try {
            actions.update(planId, actionId, PlanPages.version(typed.get("version")), draft(typed, form),
                    tenantContext.actor());
            return Response.seeOther(URI.create(path(action) + "?done=saved")).build();
        } catch (InvalidInputException invalid) {
            return Response.status(400).entity(form(plan, action, typed, FormErrors.of(invalid),
                    "Error: Change the action")).build();
        } catch (ActionConflictException conflict) {
            // Keep what they typed, against the current version: saving again is a deliberate choice.
            typed.put("version", String.valueOf(conflict.current().version()));
            return Response.status(409).entity(form(plan, conflict.current(), typed, FormErrors.none(),
                    "Error: Change the action").with("conflict", conflict)).build();
        }
    }

    @POST
    @Path("{actionId}/notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR})
    public Response addNote(@PathParam("planId") String planId, @PathParam("actionId") String actionId,
                            MultivaluedMap<String, String> form) {
        PlanView plan = plans.get(planId);
        ActionView action = actions.get(planId, actionId);
        Map<String, String> typed = typed(form);
        try {
            LocalDate date = FormDates.read("noteDate", typed, true);
            actions.addNote(planId, actionId, date, typed.get("note"), tenantContext.actor());
            return Response.seeOther(URI.create(path(action) + "?done=noted#notes")).build();
        } catch (InvalidInputException invalid) {
            return Response.status(400).entity(actionPage(plan, action, typed, FormErrors.of(invalid), null)).build();
        }
    }

    private Page actionPage(PlanView plan, ActionView action, Map<String, String> noteForm, FormErrors errors,
                            String done) {
        Map<String, String> values = new HashMap<>(noteForm);
        if (values.isEmpty()) {
            FormDates.write("noteDate", LocalDate.now(java.time.ZoneId.of("Europe/London")), values);
        }
        return Page.of("action", (errors.any() ? "Error: " : "") + action.title())
                .with("plan", plan).with("action", action).with("values", values).with("errors", errors)
                .with("done", done).with("canEdit", canEdit()).with("people", peopleByUsername())
                .with("sourceLink", sourceLink(action.source()));
    }

    private Page form(PlanView plan, ActionView action, Map<String, String> values, FormErrors errors, String title) {
        return Page.of("action-form", title).with("plan", plan).with("action", action).with("values", values)
                .with("errors", errors).with("statuses", ActionStatus.values())
                .with("people", people.ofMyOrganisation());
    }

    private boolean canEdit() {
        return tenantContext.caller().orElseThrow().hasAnyRole(EDITORS);
    }

    private Map<String, String> peopleByUsername() {
        Map<String, String> names = new HashMap<>();
        people.ofMyOrganisation().forEach(p -> names.put(p.username(), p.displayName()));
        return names;
    }

    /** Where an action made from a self-assessment gap came from: the statement's page. */
    private static String sourceLink(String source) {
        if (source == null || !source.startsWith("assessment:")) {
            return null;
        }
        String[] parts = source.substring("assessment:".length()).split("/", 3);
        return parts.length == 3 ? "/assessment/" + parts[0] + "/" + parts[1] + "/statements/" + parts[2] : null;
    }

    private static String path(ActionView action) {
        return "/plan/" + action.planId() + "/actions/" + action.id();
    }

    private static Map<String, String> typed(MultivaluedMap<String, String> form) {
        Map<String, String> typed = new HashMap<>();
        form.forEach((key, value) -> typed.put(key, value.isEmpty() ? "" : value.get(0)));
        // Checkboxes send one value each: keep them all, as "priority-1" = "on".
        List<String> served = form.getOrDefault("priorities", List.of());
        served.forEach(p -> typed.put("priority-" + p, "on"));
        return typed;
    }

    /** The action as typed. A due date that cannot be read as a date is reported before the rest is checked. */
    private static ActionDraft draft(Map<String, String> typed, MultivaluedMap<String, String> form) {
        List<org.rrhub.core.api.FieldError> errors = new java.util.ArrayList<>();
        LocalDate due = null;
        try {
            due = FormDates.read("dueDate", typed, false);
        } catch (InvalidInputException invalid) {
            errors.addAll(invalid.errors());
        }
        StrategyDomain domain = parse(StrategyDomain.class, typed.get("domain"));
        ActionStatus status = parse(ActionStatus.class, typed.get("status"));
        List<Integer> priorities = form.getOrDefault("priorities", List.of()).stream()
                .map(p -> p.matches("[1-9]") ? Integer.valueOf(p) : Integer.valueOf(0)).toList();
        ActionDraft draft = new ActionDraft(domain, typed.get("title"), typed.get("description"), typed.get("owner"),
                due, status, typed.get("droppedReason"), priorities);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return draft;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Map<String, String> values(ActionView action) {
        Map<String, String> values = new HashMap<>();
        values.put("version", String.valueOf(action.version()));
        values.put("domain", action.domain().name());
        values.put("title", action.title());
        values.put("description", action.description());
        values.put("owner", action.owner());
        values.put("status", action.status().name());
        values.put("droppedReason", action.droppedReason() == null ? "" : action.droppedReason());
        action.priorities().forEach(p -> values.put("priority-" + p, "on"));
        FormDates.write("dueDate", action.dueDate(), values);
        return values;
    }
}
