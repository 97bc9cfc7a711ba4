package org.rrhub.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rrhub.core.api.Caller;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.TenantContext;
import org.rrhub.core.api.TenantId;

import java.util.List;

@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Identity")
public class ApiMe {

    @Inject
    TenantContext tenantContext;

    public record Me(String username, String name, String tenant, List<String> roles) {
    }

    @GET
    @Operation(summary = "Who the token belongs to, as this service sees it")
    public Me me() {
        Caller caller = tenantContext.caller().orElseThrow();
        return new Me(caller.username(), caller.displayName(), caller.tenant().map(TenantId::value).orElse(null),
                caller.roles().stream().map(Role::claimName).sorted().toList());
    }
}
