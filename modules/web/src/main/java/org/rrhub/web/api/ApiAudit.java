package org.rrhub.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rrhub.audit.api.AuditLog;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.TenantId;

import java.util.List;

@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
@Tag(name = "Audit", description = "The append-only audit log")
public class ApiAudit {

    @Inject
    AuditLog audit;

    public record EntryJson(long sequence, String at, String actor, String tenant, String action, String detail) {
    }

    @GET
    @Operation(summary = "The newest audit entries, newest first")
    public List<EntryJson> latest(@QueryParam("limit") @DefaultValue("50") int limit) {
        return audit.latest(Math.max(1, Math.min(limit, 500))).stream()
                .map(e -> new EntryJson(e.sequence(), e.at().toString(), e.actor(),
                        e.tenant().map(TenantId::value).orElse(null), e.action().name(), e.detail()))
                .toList();
    }
}
