package org.rrhub.web.edge;

import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.rrhub.core.api.Caller;
import org.rrhub.core.api.TenantContext;

import java.io.IOException;

/**
 * The edge: after the authentication mechanism has verified the token or session, the caller (and with it the
 * tenant) is put into the request-scoped {@link TenantContext}, once, before any application code runs.
 */
public class TenantResolutionFilter extends HttpFilter {

    @Inject
    SecurityContext securityContext;

    @Inject
    TenantContext tenantContext;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        securityContext.getPrincipalsByType(Caller.class).stream().findFirst().ifPresent(tenantContext::enter);
        chain.doFilter(request, response);
    }
}
