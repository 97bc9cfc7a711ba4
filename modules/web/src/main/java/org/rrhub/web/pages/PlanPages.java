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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.rrhub.core.api.InvalidInputException;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.StrategyDomain;
import org.rrhub.core.api.TenantContext;
import org.rrhub.pledge.api.PlanConflictException;
import org.rrhub.pledge.api.PlanContent;
import org.rrhub.pledge.api.PlanForm;
import org.rrhub.pledge.api.PlanStateException;
import org.rrhub.pledge.api.PlanView;
import org.rrhub.pledge.api.PledgePlans;
import org.rrhub.web.support.FormDates;
import org.rrhub.web.support.FormErrors;
import org.rrhub.web.support.Page;

import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The pledge action plan pages: cycles, the plan, its form, submission and revision history. */
@Path("/plan")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR, Role.Names.PROVIDER_VIEWER})
public class PlanPages {

    @Inject
    PledgePlans plans;

    @Inject
    TenantContext tenantContext;

    @GET
    public Page cycles() {
        return cyclesPage(Map.of(), FormErrors.none(), "Pledge action plan");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR})
    public Response startCycle(@FormParam("cycleStart-day") String day, @FormParam("cycleStart-month") String month,
                               @FormParam("cycleStart-year") String year) {
        try {
            PlanView plan = plans.startCycle(FormDates.read("cycleStart", Map.of("cycleStart-day", text(day),
                    "cycleStart-month", text(month), "cycleStart-year", text(year)), true), tenantContext.actor());
            return Response.seeOther(URI.create("/plan/" + plan.id())).build();
        } catch (InvalidInputException invalid) {
            Map<String, String> form = Map.of("cycleStart-day", text(day), "cycleStart-month", text(month),
                    "cycleStart-year", text(year));
            return Response.status(400).entity(cyclesPage(form, FormErrors.of(invalid), "Error: Pledge action plan"))
                    .build();
        }
    }

    @GET
    @Path("{id}")
    public Page plan(@PathParam("id") String id, @QueryParam("done") String done) {
        return planPage(plans.get(id), FormErrors.none(), done);
    }

    @GET
    @Path("{id}/edit")
    @RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR})
    public Page edit(@PathParam("id") String id) {
        PlanView plan = plans.get(id);
        if (!plan.status().isEditable()) {
            throw new PlanStateException("A plan that is " + plan.status().label().toLowerCase()
                    + " cannot be changed");
        }
        return formPage(plan, values(plan.content()), plan.version(), FormErrors.none(), null, "Edit the plan");
    }

    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR})
    public Response save(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        PlanView plan = plans.get(id);
        Map<String, String> typed = new HashMap<>();
        form.forEach((key, value) -> typed.put(key, value.isEmpty() ? "" : value.get(0)));
        long version = version(form.getFirst("version"));
        try {
            LocalDate planDate = FormDates.read("planDate", typed, false);
            PlanContent content = PlanForm.fromValues(name -> text(typed.get(name)), planDate);
            plans.save(id, version, content, tenantContext.actor());
            return Response.seeOther(URI.create("/plan/" + id + "?done=saved")).build();
        } catch (InvalidInputException invalid) {
            return Response.status(400).entity(formPage(plan, typed, version, FormErrors.of(invalid), null,
                    "Error: Edit the plan")).build();
        } catch (PlanConflictException conflict) {
            // Keep what they typed; the form now carries the current version, so saving again is a deliberate choice.
            return Response.status(409).entity(formPage(conflict.current(), typed, conflict.current().version(),
                    FormErrors.none(), conflict, "Error: Edit the plan")).build();
        }
    }

    @POST
    @Path("{id}/submission")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.Names.PROVIDER_ADMIN)
    public Response submit(@PathParam("id") String id, @FormParam("version") String version) {
        try {
            plans.submit(id, version(version), tenantContext.actor());
            return Response.seeOther(URI.create("/plan/" + id + "?done=submitted")).build();
        } catch (InvalidInputException incomplete) {
            return Response.status(400).entity(planPage(plans.get(id), FormErrors.of(incomplete), null)).build();
        }
    }

    @GET
    @Path("{id}/export.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") String id) {
        return org.rrhub.web.api.GeneratedFile.pdf(plans.pdf(id),
                "pledge-action-plan-" + plans.get(id).cycleStart() + ".pdf");
    }

    @GET
    @Path("{id}/revisions")
    public Page revisions(@PathParam("id") String id) {
        PlanView plan = plans.get(id);
        return Page.of("plan-revisions", "Revision history").with("plan", plan).with("revisions", plans.revisions(id));
    }

    private Page cyclesPage(Map<String, String> form, FormErrors errors, String title) {
        var caller = tenantContext.caller().orElseThrow();
        return Page.of("plan-cycles", title).with("plans", plans.cycles()).with("form", form).with("errors", errors)
                .with("canEdit", caller.hasAnyRole(java.util.Set.of(Role.PROVIDER_ADMIN, Role.PROVIDER_EDITOR)));
    }

    private Page planPage(PlanView plan, FormErrors errors, String done) {
        var caller = tenantContext.caller().orElseThrow();
        return Page.of("plan", (errors.any() ? "Error: " : "") + "Pledge action plan " + plan.cycleStart().getYear())
                .with("plan", plan).with("errors", errors).with("done", done)
                .with("general", PlanForm.general())
                .with("domainFields", domainFields())
                .with("canEdit", plan.status().isEditable()
                        && caller.hasAnyRole(java.util.Set.of(Role.PROVIDER_ADMIN, Role.PROVIDER_EDITOR)))
                .with("canSubmit", plan.status().isEditable() && caller.hasRole(Role.PROVIDER_ADMIN));
    }

    private Page formPage(PlanView plan, Map<String, String> values, long version, FormErrors errors,
                          PlanConflictException conflict, String title) {
        return Page.of("plan-form", title).with("plan", plan).with("values", values).with("version", version)
                .with("errors", errors).with("conflict", conflict)
                .with("general", PlanForm.general()).with("domainFields", domainFields());
    }

    static Map<StrategyDomain, List<PlanForm.Field>> domainFields() {
        Map<StrategyDomain, List<PlanForm.Field>> byDomain = new java.util.EnumMap<>(StrategyDomain.class);
        for (StrategyDomain domain : StrategyDomain.values()) {
            byDomain.put(domain, PlanForm.of(domain));
        }
        return byDomain;
    }

    /** The form's values for a plan's content: one entry per field, the date split in three. */
    private static Map<String, String> values(PlanContent content) {
        Map<String, String> values = new HashMap<>();
        PlanForm.ALL.forEach(f -> values.put(f.name(), f.value().apply(content)));
        FormDates.write("planDate", content.planDate(), values);
        return values;
    }

    static long version(String value) {
        try {
            return Long.parseLong(text(value).strip());
        } catch (NumberFormatException e) {
            // A form without its version cannot be matched to what its author saw: treat it as out of date.
            return -1;
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
