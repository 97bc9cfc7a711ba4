package org.rrhub.core.api;

import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;

/**
 * The tenant of the current request, resolved once at the edge from the verified token and never from request
 * parameters. Anything that outlives the request (indexers, jobs) is handed a {@link TenantId} instead.
 */
@RequestScoped
public class TenantContext {

    private Caller caller;

    /** Called once per request by the edge filter, after the token has been verified. */
    public void enter(Caller caller) {
        if (this.caller != null && !this.caller.equals(caller)) {
            throw new IllegalStateException("The tenant of a request is resolved once");
        }
        this.caller = caller;
    }

    public Optional<Caller> caller() {
        return Optional.ofNullable(caller);
    }

    public Optional<TenantId> tenant() {
        return caller().flatMap(Caller::tenant);
    }

    /** Who is acting, as written in the audit log. */
    public String actor() {
        return caller().map(Caller::username).orElse("anonymous");
    }

    /** The tenant the current request acts for; fails when the caller belongs to no provider organisation. */
    public TenantId requireTenant() {
        return tenant().orElseThrow(NoTenantException::new);
    }

    /** Raised when tenant-owned data is reached by a caller who acts for no tenant. */
    public static final class NoTenantException extends RuntimeException {
        public NoTenantException() {
            super("This request acts for no provider organisation");
        }
    }
}
