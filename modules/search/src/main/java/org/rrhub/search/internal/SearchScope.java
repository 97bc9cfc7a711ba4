package org.rrhub.search.internal;

import org.rrhub.core.api.Caller;
import org.rrhub.core.api.Role;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The tenants a caller's searches may read, decided from the verified caller alone: never from request parameters.
 *
 * @param audited whether the caller's searches and opened items go to the access log (inspectors, reviewers)
 * @param ownTenant the caller's own organisation, whose items open on their own pages; null for cross-tenant roles
 */
record SearchScope(Set<String> tenants, boolean audited, String role, String ownTenant) {

    /**
     * @param granted tenants that currently grant the caller review (RRN reviewers and peers)
     * @param active every active tenant (used for inspectors)
     */
    static SearchScope of(Caller caller, List<String> granted, List<String> active) {
        if (caller.hasRole(Role.CQC_INSPECTOR)) {
            return new SearchScope(new LinkedHashSet<>(active), true, Role.CQC_INSPECTOR.claimName(), null);
        }
        Set<String> tenants = new LinkedHashSet<>();
        String own = caller.tenant().map(t -> t.value()).orElse(null);
        if (own != null) {
            tenants.add(own);
        }
        tenants.addAll(granted);
        boolean reviewing = !granted.isEmpty() || caller.hasRole(Role.RRN_REVIEWER);
        String role = caller.hasRole(Role.RRN_REVIEWER) ? Role.RRN_REVIEWER.claimName()
                : own != null ? "peer-reviewer" : "none";
        return new SearchScope(tenants, reviewing, reviewing ? role : "provider", own);
    }

    boolean isEmpty() {
        return tenants.isEmpty();
    }

    boolean crossTenant() {
        return tenants.size() > 1 || ownTenant == null;
    }

    /** Opening an item of another organisation is logged; one's own organisation's items are not. */
    boolean auditsOpening(String tenant) {
        return audited && !tenant.equals(ownTenant);
    }
}
