package org.rrhub.tenants.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.rrhub.audit.api.AuditAction;
import org.rrhub.audit.api.AuditLog;
import org.rrhub.core.api.NotFoundException;
import org.rrhub.core.api.TenantId;
import org.rrhub.persistence.api.TenantEntityManagers;
import org.rrhub.tenants.api.NewWard;
import org.rrhub.tenants.api.TenantSummary;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/** The database side of tenant registration: one transaction each, so a failure leaves nothing behind. */
@ApplicationScoped
class TenantStore {

    @Inject
    TenantRepository tenants;

    @Inject
    TenantEntityManagers tenantEntityManagers;

    @Inject
    AuditLog audit;

    @Inject
    Event<TenantsChanged> changed;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    TenantSummary create(TenantId id, String name, org.rrhub.tenants.api.Sector sector, String idpId,
                         List<NewWard> wards, String actor) {
        Tenant tenant = new Tenant(id, name, sector, idpId, clock.instant());
        tenants.add(tenant);
        if (!wards.isEmpty()) {
            // Tenant-owned rows for a tenant that is not the caller's: the explicit TenantId path.
            EntityManager em = tenantEntityManagers.open(id);
            try {
                wards.forEach(w -> em.persist(new Ward(w.name(), w.service(), w.beds(), clock.instant())));
                em.flush();
            } finally {
                em.close();
            }
        }
        audit.record(actor, id, AuditAction.TENANT_CREATED, name + " (" + sector.label() + ")");
        changed.fire(new TenantsChanged(id));
        return tenant.toSummary();
    }

    @Transactional
    void change(TenantId id, Consumer<Tenant> change, AuditAction action, String actor) {
        Tenant tenant = tenants.find(id).orElseThrow(() -> new NotFoundException("Tenant"));
        change.accept(tenant);
        audit.record(actor, id, action, "");
        changed.fire(new TenantsChanged(id));
    }
}
