package org.rrhub.web.edge;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;
import org.rrhub.audit.api.AuditAction;
import org.rrhub.audit.api.AuditLog;
import org.rrhub.core.api.Caller;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.TenantContext;
import org.rrhub.tenants.api.TenantRegistry;
import org.rrhub.tenants.api.TenantSummary;
import org.rrhub.web.support.Page;
import org.rrhub.web.support.Problem;
import org.rrhub.web.support.Requests;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may call what, decided in one place from each resource's {@code @RolesAllowed} / {@code @PermitAll}
 * (method first, then class; a resource with neither needs any signed-in caller). Anonymous API callers get 401,
 * anonymous page visitors go to sign-in, wrong roles get 403 and an audit entry, and staff of a suspended
 * tenant get a clear explanation instead of their data. Payara's own JAX-RS {@code @RolesAllowed} filter is turned
 * off ({@code jaxrs-roles-allowed-enabled} in glassfish-web.xml), so this is the only place the decision is made.
 */
@Provider
@Priority(Priorities.AUTHORIZATION - 100)
public class AccessPolicyFilter implements ContainerRequestFilter {

    @Context
    HttpServletRequest servletRequest;

    @Context
    ResourceInfo resourceInfo;

    @Inject
    TenantContext tenantContext;

    @Inject
    TenantRegistry tenants;

    @Inject
    AuditLog audit;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resourceInfo.getResourceMethod() == null || isPermitAll()) {
            return;
        }
        boolean api = Requests.isApi(servletRequest);
        Optional<Caller> caller = tenantContext.caller();
        if (caller.isEmpty()) {
            request.abortWith(api ? unauthorized() : signIn(request));
            return;
        }
        Set<Role> allowed = allowedRoles();
        if (!allowed.isEmpty() && !caller.get().hasAnyRole(allowed)) {
            audit.recordIndependently(caller.get().username(), caller.get().tenant().orElse(null),
                    AuditAction.ACCESS_DENIED, request.getMethod() + " /" + request.getUriInfo().getPath());
            request.abortWith(api
                    ? Problem.of(Response.Status.FORBIDDEN, "Your role does not allow this.").toResponse()
                    : page(Response.Status.FORBIDDEN, Page.of("forbidden", "You do not have access to this page")));
            return;
        }
        caller.get().tenant().ifPresent(tenant -> {
            Optional<TenantSummary> summary = tenants.find(tenant);
            if (summary.isEmpty() || !summary.get().isActive()) {
                request.abortWith(api
                        ? Problem.of(Response.Status.FORBIDDEN, summary.isEmpty()
                        ? "Your organisation is not registered with this service."
                        : "Your organisation's account is suspended.").toResponse()
                        : page(Response.Status.FORBIDDEN, Page.of("suspended", "Your organisation's account is not active")
                        .with("tenant", summary.orElse(null))));
            }
        });
    }

    private boolean isPermitAll() {
        return annotation(PermitAll.class).isPresent();
    }

    private Set<Role> allowedRoles() {
        return annotation(RolesAllowed.class)
                .map(r -> Arrays.stream(r.value())
                        .map(name -> Role.fromClaim(name)
                                .orElseThrow(() -> new IllegalStateException("Unknown role " + name)))
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class))))
                .map(roles -> (Set<Role>) roles)
                .orElse(Set.of());
    }

    /** The method's own annotation wins over its class's, as in Jakarta Security. */
    private <A extends Annotation> Optional<A> annotation(Class<A> type) {
        Method method = resourceInfo.getResourceMethod();
        AnnotatedElement source = method.isAnnotationPresent(PermitAll.class)
                || method.isAnnotationPresent(RolesAllowed.class) ? method : resourceInfo.getResourceClass();
        return Optional.ofNullable(source.getAnnotation(type));
    }

    private static Response unauthorized() {
        return Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED,
                        "Sign in: send a Keycloak access token as \"Authorization: Bearer <token>\".").toResponse())
                .header("WWW-Authenticate", "Bearer realm=\"rrhub\"")
                .build();
    }

    private static Response signIn(ContainerRequestContext request) {
        String target = "/" + request.getUriInfo().getPath();
        if (!"GET".equals(request.getMethod())) {
            target = "/dashboard";
        }
        return Response.seeOther(UriBuilder.fromPath("/auth/login").queryParam("returnTo", target).build()).build();
    }

    private static Response page(Response.Status status, Page page) {
        return Response.status(status).type("text/html;charset=UTF-8").entity(page).build();
    }
}
