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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.rrhub.core.api.InvalidInputException;
import org.rrhub.core.api.NotFoundException;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.TenantContext;
import org.rrhub.incidents.api.ExtractKind;
import org.rrhub.incidents.api.ImportView;
import org.rrhub.incidents.api.IncidentCsvFormat;
import org.rrhub.incidents.api.IncidentImports;
import org.rrhub.incidents.api.IncidentInsight;
import org.rrhub.incidents.api.Insight;
import org.rrhub.incidents.api.InsightFilter;
import org.rrhub.web.board.BoardReport;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * Incident data for integrations: extracts posted as CSV bodies (checked whole, 422 with every problem, or 202 and
 * stored in the background), their progress, the insight as JSON, the templates and the benchmark choice.
 */
@Path("/api/v1/incidents")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR, Role.Names.PROVIDER_VIEWER})
public class ApiIncidents {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Inject
    IncidentImports imports;

    @Inject
    IncidentInsight insight;

    @Inject
    TenantContext tenantContext;

    @Inject
    BoardReport boardReport;

    @POST
    @Path("imports")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR})
    public Response upload(@QueryParam("kind") String kind, @QueryParam("fileName") String fileName, InputStream csv) {
        ImportView started = imports.start(kind(kind), fileName, csv, tenantContext.actor());
        return Response.accepted(started).location(URI.create("/api/v1/incidents/imports/" + started.id())).build();
    }

    @GET
    @Path("imports")
    public List<ImportView> recent() {
        return imports.recent();
    }

    @GET
    @Path("imports/{id}")
    public ImportView progress(@PathParam("id") String id) {
        return imports.get(id);
    }

    @GET
    @Path("insight")
    public Insight insight(@QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("ward") String ward, @QueryParam("type") String type) {
        return insight.insight(InsightFilter.fromInput(from, to, ward, type, YearMonth.now(UK)));
    }

    /** The board report (Standard 1.4.1.VI) for a period of whole months, as a PDF download. */
    @GET
    @Path("board-report.pdf")
    @Produces("application/pdf")
    public Response boardReport(@QueryParam("from") String from, @QueryParam("to") String to) {
        InsightFilter filter = InsightFilter.fromInput(from, to, null, null, YearMonth.now(UK));
        return GeneratedFile.pdf(boardReport.pdf(filter), "board-report-" + filter.from() + "-to-" + filter.to()
                + ".pdf");
    }

    @GET
    @Path("templates/{kind}")
    @Produces("text/csv")
    public Response template(@PathParam("kind") String kind) {
        ExtractKind extract = Arrays.stream(ExtractKind.values()).filter(k -> k.code().equals(kind)).findFirst()
                .orElseThrow(() -> new NotFoundException("Template"));
        return GeneratedFile.csv(IncidentCsvFormat.template(extract).getBytes(StandardCharsets.UTF_8),
                extract.code() + "-template.csv");
    }

    /** Whether the provider's anonymised rates count in its sector's benchmark; admins decide. */
    public record SharingJson(Boolean share) {
    }

    @GET
    @Path("benchmark-sharing")
    public SharingJson sharing() {
        return new SharingJson(insight.sharesForBenchmark());
    }

    @PUT
    @Path("benchmark-sharing")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PROVIDER_ADMIN)
    public SharingJson share(SharingJson body) {
        if (body == null || body.share() == null) {
            throw InvalidInputException.of("share", "Send share as true or false");
        }
        insight.shareForBenchmark(body.share(), tenantContext.actor());
        return new SharingJson(insight.sharesForBenchmark());
    }

    private static ExtractKind kind(String kind) {
        return Arrays.stream(ExtractKind.values()).filter(k -> k.code().equals(kind)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("kind", "Send kind as one of: "
                        + String.join(", ", Arrays.stream(ExtractKind.values()).map(ExtractKind::code).toList())));
    }
}
