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
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.rrhub.core.api.InvalidInputException;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.TenantContext;
import org.rrhub.incidents.api.ExtractKind;
import org.rrhub.incidents.api.ExtractRejectedException;
import org.rrhub.incidents.api.ImportView;
import org.rrhub.incidents.api.IncidentCsvFormat;
import org.rrhub.incidents.api.IncidentImports;
import org.rrhub.incidents.api.IncidentInsight;
import org.rrhub.incidents.api.Insight;
import org.rrhub.incidents.api.InsightFilter;
import org.rrhub.web.api.GeneratedFile;
import org.rrhub.web.board.BoardReport;
import org.rrhub.web.support.FormErrors;
import org.rrhub.web.support.IncidentPageModel;
import org.rrhub.web.support.MultipartForm;
import org.rrhub.web.support.Page;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** The provider's incident data: insight with charts, uploads of extracts with their progress, the board report. */
@Path("/incidents")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR, Role.Names.PROVIDER_VIEWER})
public class IncidentPages {

    static final ZoneId UK = ZoneId.of("Europe/London");

    @Inject
    IncidentInsight insight;

    @Inject
    IncidentImports imports;

    @Inject
    BoardReport boardReport;

    @Inject
    TenantContext tenantContext;

    @GET
    public Response insight(@QueryParam("from") String from, @QueryParam("to") String to,
                            @QueryParam("ward") String ward, @QueryParam("type") String type) {
        Map<String, String> values = filterValues(from, to, ward, type);
        try {
            InsightFilter filter = InsightFilter.fromInput(from, to, ward, type, YearMonth.now(UK));
            return Response.ok(insightPage(insight.insight(filter), values, FormErrors.none())).build();
        } catch (InvalidInputException invalid) {
            InsightFilter fallback = InsightFilter.lastTwelveMonths(YearMonth.now(UK));
            return Response.status(400).entity(insightPage(insight.insight(fallback), values, FormErrors.of(invalid))
                    .with("title", "Error: Incident data")).build();
        }
    }

    private Page insightPage(Insight figures, Map<String, String> values, FormErrors errors) {
        return IncidentPageModel.insightPage(figures, values, errors, "/incidents", null)
                .with("canImport", canImport()).with("canShare", tenantContext.caller()
                        .map(c -> c.hasRole(Role.PROVIDER_ADMIN)).orElse(false))
                .with("sharing", insight.sharesForBenchmark());
    }

    @GET
    @Path("board-report.pdf")
    @Produces("application/pdf")
    public Response boardReport(@QueryParam("from") String from, @QueryParam("to") String to) {
        InsightFilter filter = InsightFilter.fromInput(from, to, null, null, YearMonth.now(UK));
        return GeneratedFile.pdf(boardReport.pdf(filter),
                "board-report-" + filter.from() + "-to-" + filter.to() + ".pdf");
    }

    @POST
    @Path("benchmark-sharing")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.Names.PROVIDER_ADMIN)
    public Response share(@FormParam("share") String share) {
        insight.shareForBenchmark("yes".equals(share), tenantContext.actor());
        return Response.seeOther(URI.create("/incidents#benchmark")).build();
    }

    @GET
    @Path("import")
    @RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR})
    public Page importForm() {
        return importPage(Map.of("kind", ExtractKind.INCIDENTS.code()), FormErrors.none(), null);
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR})
    public Response upload(java.util.List<EntityPart> parts) {
        MultipartForm form;
        try {
            form = MultipartForm.of(parts);
        } catch (InvalidInputException refused) {
            return Response.status(400).entity(importPage(Map.of("kind", ExtractKind.INCIDENTS.code()),
                    FormErrors.of(refused), null)).build();
        }
        Map<String, String> values = new HashMap<>(form.fields());
        ExtractKind kind = Arrays.stream(ExtractKind.values()).filter(k -> k.code().equals(values.get("kind")))
                .findFirst().orElse(null);
        try {
            if (kind == null) {
                throw InvalidInputException.of("kind", "Select what the file holds");
            }
            var file = form.file("file").orElseThrow(() -> InvalidInputException.of("file", "Select a CSV file"));
            ImportView started = imports.start(kind, form.fileName("file").orElse(""), file, tenantContext.actor());
            return Response.seeOther(URI.create("/incidents/imports/" + started.id())).build();
        } catch (InvalidInputException invalid) {
            return Response.status(400).entity(importPage(values, FormErrors.of(invalid), null)).build();
        } catch (ExtractRejectedException rejected) {
            String summary = rejected.problemCount() == 1 ? "The file has 1 problem. Nothing was imported."
                    : "The file has " + rejected.problemCount() + " problems. Nothing was imported.";
            return Response.status(400).entity(importPage(values,
                    FormErrors.of(InvalidInputException.of("file", summary)), rejected)).build();
        }
    }

    private Page importPage(Map<String, String> values, FormErrors errors, ExtractRejectedException rejected) {
        return Page.of("incident-import", (errors.any() ? "Error: " : "") + "Upload incident data")
                .with("values", values).with("errors", errors).with("kinds", ExtractKind.values())
                .with("formats", java.util.List.of(
                        Map.entry("Incidents", IncidentCsvFormat.columns(ExtractKind.INCIDENTS)),
                        Map.entry("Occupied bed days", IncidentCsvFormat.columns(ExtractKind.BED_DAYS))))
                .with("problems", rejected == null ? java.util.List.of() : rejected.problems())
                .with("problemsTruncated", rejected != null && rejected.problemCount() > rejected.problems().size())
                .with("refusedImportId", rejected == null ? null : rejected.importId().orElse(null))
                .with("recent", imports.recent());
    }

    @GET
    @Path("imports/{id}")
    public Page progress(@PathParam("id") String id) {
        ImportView view = imports.get(id);
        return Page.of("incident-import-progress", view.finished() ? "Import " + view.state().label().toLowerCase()
                : "Importing " + view.fileName()).with("upload", view).with("canImport", canImport());
    }

    @GET
    @Path("template/{kind}.csv")
    @Produces("text/csv")
    public Response template(@PathParam("kind") String kind) {
        ExtractKind extract = Arrays.stream(ExtractKind.values()).filter(k -> k.code().equals(kind)).findFirst()
                .orElseThrow(() -> new org.rrhub.core.api.NotFoundException("Template"));
        byte[] csv = IncidentCsvFormat.template(extract).getBytes(StandardCharsets.UTF_8);
        return GeneratedFile.csv(csv, extract.code() + "-template.csv");
    }

    private boolean canImport() {
        return tenantContext.caller().map(c -> c.hasRole(Role.PROVIDER_ADMIN) || c.hasRole(Role.PROVIDER_EDITOR))
                .orElse(false);
    }

    static Map<String, String> filterValues(String from, String to, String ward, String type) {
        Map<String, String> values = new HashMap<>();
        values.put("from", from == null ? "" : from);
        values.put("to", to == null ? "" : to);
        values.put("ward", ward == null ? "" : ward);
        values.put("type", type == null ? "" : type);
        return values;
    }
}
