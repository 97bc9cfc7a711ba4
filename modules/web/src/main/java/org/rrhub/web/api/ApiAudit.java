package org.rrhub.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rrhub.audit.api.AuditEntry;
import org.rrhub.audit.api.AuditLog;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.TenantId;
import org.rrhub.web.support.PageCursor;

import java.util.List;

@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
@Tag(name = "Audit", description = "The append-only audit log")
public class ApiAudit {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    @Inject
    AuditLog audit;

    @Context
    UriInfo uriInfo;

    public record EntryJson(long sequence, String at, String actor, String tenant, String action, String detail) {
    }

    @GET
    @Operation(summary = "The audit log, newest first, a page at a time",
            description = "At most `limit` entries (default " + DEFAULT_LIMIT + ", at most " + MAX_LIMIT + "), "
                    + "newest first. When older entries exist the answer has a `Link` header with `rel=\"next\"` "
                    + "whose address (with an opaque `cursor`) is the next page; the last page has none.")
    @APIResponse(responseCode = "200", description = "One page of entries, newest first",
            headers = @Header(name = "Link", description = "`<...?limit=n&cursor=...>; rel=\"next\"` while older "
                    + "entries exist", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = EntryJson.class)))
    @APIResponse(responseCode = "400", description = "A `limit` that is not a whole number from 1 to " + MAX_LIMIT
            + ", or a `cursor` this service did not give out: problem+json naming it")
    public Response page(
            @Parameter(description = "Entries per page: a whole number from 1 to " + MAX_LIMIT + "; default "
                    + DEFAULT_LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "" + MAX_LIMIT, defaultValue = "" + DEFAULT_LIMIT))
            @QueryParam("limit") String limit,
            @Parameter(description = "Where the page starts: the `cursor` of the previous page's `next` link, as "
                    + "given; absent for the newest entries", schema = @Schema(type = SchemaType.STRING))
            @QueryParam("cursor") String cursor) {
        int size = PageCursor.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        // One more than asked tells whether an older page exists, without counting the log.
        List<AuditEntry> entries = cursor == null ? audit.latest(size + 1)
                : audit.olderThan(PageCursor.before(cursor), size + 1);
        List<AuditEntry> page = entries.subList(0, Math.min(size, entries.size()));
        Response.ResponseBuilder answer = Response.ok(page.stream().map(ApiAudit::json).toList());
        if (entries.size() > size) {
            answer.link(uriInfo.getBaseUriBuilder().path("api/v1/audit").queryParam("limit", size)
                    .queryParam("cursor", PageCursor.after(page.get(page.size() - 1).sequence())).build(), "next");
        }
        return answer.build();
    }

    private static EntryJson json(AuditEntry e) {
        return new EntryJson(e.sequence(), e.at().toString(), e.actor(), e.tenant().map(TenantId::value).orElse(null),
                e.action().name(), e.detail());
    }
}
