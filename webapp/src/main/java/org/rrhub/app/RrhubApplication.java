package org.rrhub.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

import java.util.Map;

/**
 * Pages and the JSON API in one JAX-RS application (the data source is declared in web.xml).
 */
@ApplicationPath("/")
@OpenAPIDefinition(
        info = @Info(title = "Restraint Reduction Hub API", version = "1",
                description = "JSON API for provider integrations. Authenticate with a Keycloak access token "
                        + "(authorization code or client credentials) as \"Authorization: Bearer <token>\". "
                        + "Errors are application/problem+json (RFC 9457) with field-level details."),
        security = @SecurityRequirement(name = "keycloak"))
@SecurityScheme(securitySchemeName = "keycloak", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT")
public class RrhubApplication extends Application {

    /**
     * Responses up to 64 KB (a page of search results with its passages and facets) are buffered whole and sent with
     * their length in one write, rather than in 8 KB chunks.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.contentLength.buffer", 64 * 1024);
    }
}
