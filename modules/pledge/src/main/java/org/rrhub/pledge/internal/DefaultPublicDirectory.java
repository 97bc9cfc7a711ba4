package org.rrhub.pledge.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.rrhub.persistence.api.Multitenancy;
import org.rrhub.pledge.api.PublicDirectory;

import org.rrhub.tenants.api.TenantRegistry;
import org.rrhub.tenants.api.TenantSummary;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
class DefaultPublicDirectory implements PublicDirectory {

    @PersistenceContext(unitName = Multitenancy.PERSISTENCE_UNIT)
    EntityManager em;

    @Inject
    TenantRegistry tenants;

    @Override
    public List<org.rrhub.pledge.api.PublishedPledge> all() {
        // Suspended providers are not listed.
        Set<String> active = tenants.list().stream().filter(TenantSummary::isActive)
                .map(t -> t.id().value()).collect(Collectors.toSet());
        return em.createQuery("select p from PublishedPledge p order by p.organisationName", PublishedPledge.class)
                .getResultStream().filter(p -> active.contains(p.tenantId()))
                .map(PublishedPledge::toView).toList();
    }
}
