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
import org.rrhub.compliance.api.AnswerDraft;
import org.rrhub.compliance.api.AnswerView;
import org.rrhub.compliance.api.Assessment;
import org.rrhub.compliance.api.AssessmentReports;
import org.rrhub.compliance.api.ComplianceStatus;
import org.rrhub.compliance.api.Framework;
import org.rrhub.compliance.api.Frameworks;
import org.rrhub.compliance.api.SelfAssessments;
import org.rrhub.compliance.api.Statement;
import org.rrhub.compliance.api.Subsection;
import org.rrhub.core.api.ConflictException;
import org.rrhub.core.api.InvalidInputException;
import org.rrhub.core.api.NotFoundException;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.TenantContext;
import org.rrhub.documents.api.DocumentLibrary;
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
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The self-assessment pages: roll-ups at a glance, a subsection's statements, a statement's answer, the gaps. */
@Path("/assessment")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR, Role.Names.PROVIDER_VIEWER})
public class AssessmentPages {

    @Inject
    Frameworks frameworks;

    @Inject
    SelfAssessments assessments;

    @Inject
    DocumentLibrary documents;

    @Inject
    People people;

    @Inject
    PledgePlans plans;

    @Inject
    PlanActions actions;

    @Inject
    AssessmentReports reports;

    @Inject
    TenantContext tenantContext;

    @GET
    public Response current() {
        int year = LocalDate.now(ZoneId.of("Europe/London")).getYear();
        return Response.seeOther(URI.create("/assessment/" + frameworks.current().id() + "/" + year)).build();
    }

    @GET
    @Path("{framework}/{year}")
    public Page overview(@PathParam("framework") String frameworkId, @PathParam("year") int year) {
        Assessment assessment = assessments.assessment(frameworkId, year);
        Framework framework = framework(frameworkId);
        return Page.of("assessment", "Self-assessment " + year).with("framework", framework)
                .with("assessment", assessment).with("year", year).with("answers", byStatement(assessment));
    }

    @GET
    @Path("{framework}/{year}/export.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("framework") String frameworkId, @PathParam("year") int year) {
        return org.rrhub.web.api.GeneratedFile.csv(reports.csv(frameworkId, year),
                "self-assessment-" + frameworkId + "-" + year + ".csv");
    }

    @GET
    @Path("{framework}/{year}/export.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("framework") String frameworkId, @PathParam("year") int year) {
        return org.rrhub.web.api.GeneratedFile.pdf(reports.pdf(frameworkId, year),
                "self-assessment-" + frameworkId + "-" + year + ".pdf");
    }

    @GET
    @Path("{framework}/{year}/gaps")
    public Page gaps(@PathParam("framework") String frameworkId, @PathParam("year") int year) {
        Assessment assessment = assessments.assessment(frameworkId, year);
        Framework framework = framework(frameworkId);
        List<AnswerView> gaps = assessment.answers().stream().filter(a -> a.status() == ComplianceStatus.NOT_MET
                || a.status() == ComplianceStatus.PARTIALLY_MET).toList();
        Map<String, Statement> statements = framework.statements().stream()
                .collect(Collectors.toMap(Statement::id, Function.identity()));
        return Page.of("assessment-gaps", "Gaps " + year).with("framework", framework).with("year", year)
                .with("gaps", gaps).with("statements", statements);
    }

    @GET
    @Path("{framework}/{year}/subsections/{subsection}")
    public Page subsection(@PathParam("framework") String frameworkId, @PathParam("year") int year,
                           @PathParam("subsection") String subsectionId) {
        Framework framework = framework(frameworkId);
        Subsection subsection = framework.sections().stream().flatMap(s -> s.subsections().stream())
                .filter(s -> s.id().equals(subsectionId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Subsection"));
        Assessment assessment = assessments.assessment(frameworkId, year);
        return Page.of("assessment-subsection", subsection.id() + " " + subsection.title())
                .with("framework", framework).with("year", year).with("subsection", subsection)
                .with("answers", byStatement(assessment)).with("canEdit", canEdit());
    }

    @GET
    @Path("{framework}/{year}/statements/{statement}")
    public Page statement(@PathParam("framework") String frameworkId, @PathParam("year") int year,
                          @PathParam("statement") String statementId, @QueryParam("done") String done) {
        Framework framework = framework(frameworkId);
        Statement statement = framework.statement(statementId).orElseThrow(() -> new NotFoundException("Statement"));
        AnswerView answer = byStatement(assessments.assessment(frameworkId, year)).get(statementId);
        return form(framework, year, statement, answer, values(answer), FormErrors.none(), done);
    }

    @POST
    @Path("{framework}/{year}/statements/{statement}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR})
    public Response answer(@PathParam("framework") String frameworkId, @PathParam("year") int year,
                           @PathParam("statement") String statementId, MultivaluedMap<String, String> form) {
        Framework framework = framework(frameworkId);
        Statement statement = framework.statement(statementId).orElseThrow(() -> new NotFoundException("Statement"));
        Map<String, String> typed = new HashMap<>();
        form.forEach((key, value) -> typed.put(key, value.isEmpty() ? "" : value.get(0)));
        List<String> documentIds = form.getOrDefault("documentIds", List.of());
        documentIds.forEach(id -> typed.put("document-" + id, "on"));
        // Only a form that listed the actions may change the links: unticking every box clears them.
        List<String> actionIds = form.containsKey("actionsListed") ? form.getOrDefault("actionIds", List.of()) : null;
        if (actionIds != null) {
            actionIds.forEach(id -> typed.put("action-" + id, "on"));
        }
        try {
            LocalDate target = FormDates.read("targetDate", typed, false);
            String version = typed.getOrDefault("version", "");
            assessments.answer(frameworkId, year, statementId, version.isBlank() ? null : PlanPages.version(version),
                    new AnswerDraft(parse(typed.get("status")), typed.get("narrative"), typed.get("owner"), target,
                            typed.get("notApplicableRationale"), documentIds, typed.get("evidenceNote"), actionIds),
                    tenantContext.actor());
            return Response.seeOther(URI.create("/assessment/" + frameworkId + "/" + year + "/statements/"
                    + statementId + "?done=saved")).build();
        } catch (InvalidInputException invalid) {
            AnswerView current = byStatement(assessments.assessment(frameworkId, year)).get(statementId);
            return Response.status(400).entity(form(framework, year, statement, current, typed,
                    FormErrors.of(invalid), null)).build();
        } catch (ConflictException conflict) {
            AnswerView current = byStatement(assessments.assessment(frameworkId, year)).get(statementId);
            typed.put("version", String.valueOf(conflict.currentVersion()));
            return Response.status(409).entity(form(framework, year, statement, current, typed,
                    FormErrors.of(InvalidInputException.of("status", conflict.getMessage()
                            + ". Their answer is shown above; save again to replace it with yours.")), null)).build();
        }
    }

    @POST
    @Path("{framework}/{year}/statements/{statement}/action")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR})
    public Response turnIntoAction(@PathParam("framework") String frameworkId, @PathParam("year") int year,
                                   @PathParam("statement") String statementId) {
        try {
            String actionId = assessments.turnIntoAction(frameworkId, year, statementId, tenantContext.actor());
            String planId = plans.current().orElseThrow().id();
            return Response.seeOther(URI.create("/plan/" + planId + "/actions/" + actionId + "?done=added")).build();
        } catch (InvalidInputException refused) {
            Framework framework = framework(frameworkId);
            Statement statement = framework.statement(statementId).orElseThrow(() -> new NotFoundException("Statement"));
            AnswerView answer = byStatement(assessments.assessment(frameworkId, year)).get(statementId);
            return Response.status(400).entity(form(framework, year, statement, answer, values(answer),
                    FormErrors.of(refused), null)).build();
        }
    }

    private Page form(Framework framework, int year, Statement statement, AnswerView answer,
                      Map<String, String> values, FormErrors errors, String done) {
        PlanView plan = plans.current().orElse(null);
        List<ActionView> linked = answer == null ? List.of() : answer.actionIds().stream().map(actions::find)
                .flatMap(java.util.Optional::stream).toList();
        Set<String> linkedIds = linked.stream().map(ActionView::id).collect(Collectors.toSet());
        List<ActionView> choosable = new java.util.ArrayList<>(linked);
        if (plan != null) {
            actions.of(plan.id()).stream().filter(a -> !linkedIds.contains(a.id())).forEach(choosable::add);
        }
        return Page.of("assessment-statement", (errors.any() ? "Error: " : "") + "Statement " + statement.id())
                .with("framework", framework).with("year", year).with("statement", statement)
                .with("subsection", framework.subsectionOf(statement.id()).orElseThrow())
                .with("answer", answer).with("values", values).with("errors", errors).with("done", done)
                .with("statuses", ComplianceStatus.values()).with("people", people.ofMyOrganisation())
                .with("documents", documents.all()).with("canEdit", canEdit())
                .with("plan", plan).with("linkedActions", linked).with("choosableActions", choosable);
    }

    private Framework framework(String id) {
        return frameworks.find(id).orElseThrow(() -> new NotFoundException("Framework"));
    }

    private boolean canEdit() {
        return tenantContext.caller().orElseThrow().hasAnyRole(Set.of(Role.PROVIDER_ADMIN, Role.PROVIDER_EDITOR));
    }

    private static Map<String, AnswerView> byStatement(Assessment assessment) {
        return assessment.answers().stream().collect(Collectors.toMap(AnswerView::statementId, Function.identity()));
    }

    private static Map<String, String> values(AnswerView answer) {
        Map<String, String> values = new HashMap<>();
        if (answer == null) {
            return values;
        }
        values.put("version", String.valueOf(answer.version()));
        values.put("status", answer.status().name());
        values.put("narrative", answer.narrative());
        values.put("owner", answer.owner() == null ? "" : answer.owner());
        values.put("notApplicableRationale", answer.notApplicableRationale() == null ? ""
                : answer.notApplicableRationale());
        values.put("evidenceNote", answer.evidenceNote());
        answer.documentIds().forEach(id -> values.put("document-" + id, "on"));
        answer.actionIds().forEach(id -> values.put("action-" + id, "on"));
        FormDates.write("targetDate", answer.targetDate(), values);
        return values;
    }

    private static ComplianceStatus parse(String value) {
        try {
            return value == null || value.isBlank() ? null : ComplianceStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
