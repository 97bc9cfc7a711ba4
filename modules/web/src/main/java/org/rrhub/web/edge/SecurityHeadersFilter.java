package org.rrhub.web.edge;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.rrhub.keycloak.api.KeycloakSettings;

import java.io.IOException;

/**
 * Security headers on every response, pages, assets and errors alike, and {@code Cache-Control: no-store} on all
 * but the static assets. The policy allows no inline script or
 * style; forms may post only here, and to Keycloak, where sign-out redirects.
 */
public class SecurityHeadersFilter extends HttpFilter {

    @Inject
    KeycloakSettings keycloak;

    private String policy;

    @Override
    public void init() {
        policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
                + "form-action 'self' " + keycloak.origin();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        // Nothing the application answers may be kept by a browser or proxy (a signed-in page, an API answer, an
        // error); only the static assets replace this with a public lifetime of their own.
        response.setHeader("Cache-Control", "no-store");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, response);
    }
}
