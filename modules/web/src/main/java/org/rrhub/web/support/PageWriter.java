package org.rrhub.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.StrategyDomain;
import org.rrhub.core.api.TenantContext;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Renders {@link Page}s, adding what every page's layout needs: the caller, the CSRF token and the navigation. */
@Provider
@Produces(MediaType.TEXT_HTML)
@ApplicationScoped
public class PageWriter implements MessageBodyWriter<Page> {

    @Inject
    Templates templates;

    @Inject
    TenantContext tenantContext;

    @Context
    HttpServletRequest request;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Page.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Page page, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream entityStream) {
        headers.putSingle("Content-Type", "text/html;charset=UTF-8");
        // Pages may show tenant data: never keep them in shared or browser caches.
        headers.putSingle("Cache-Control", "no-store");
        Map<String, Object> model = new HashMap<>(page.model());
        model.put("pageTitle", page.title());
        model.put("csrf", CsrfTokens.tokenFor(request));
        model.put("csrfField", CsrfTokens.FIELD);
        model.put("currentPath", request.getRequestURI());
        var caller = tenantContext.caller().orElse(null);
        model.put("caller", caller);
        boolean providerStaff = caller != null && caller.tenant().isPresent()
                && caller.roles().stream().anyMatch(Role::isProviderStaff);
        model.put("providerStaff", providerStaff);
        model.put("platformAdmin", caller != null && caller.hasRole(Role.PLATFORM_ADMIN));
        model.put("reviewer", caller != null && caller.hasRole(Role.RRN_REVIEWER));
        model.put("searcher", caller != null && (providerStaff || caller.hasRole(Role.RRN_REVIEWER)
                || caller.hasRole(Role.CQC_INSPECTOR)));
        model.put("domains", List.of(StrategyDomain.values()));
        Writer writer = new OutputStreamWriter(entityStream, StandardCharsets.UTF_8);
        templates.render(page.template(), model, writer);
        try {
            writer.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
