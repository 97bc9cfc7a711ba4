package org.rrhub.incidents.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.rrhub.audit.api.AuditAction;
import org.rrhub.audit.api.AuditLog;
import org.rrhub.core.api.TenantId;
import org.rrhub.incidents.api.BedDays;
import org.rrhub.incidents.api.ExtractKind;
import org.rrhub.incidents.api.IncidentRecord;
import org.rrhub.persistence.api.TenantEntityManagers;

import java.time.Clock;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * The background half of an import, with the provider named explicitly (the request is gone): the rows and the monthly
 * summary they change in one transaction, so a failure stores none of them; the outcome in a transaction of its own,
 * so a failure is recorded.
 */
@ApplicationScoped
class ImportWriter {

    @Inject
    TenantEntityManagers entityManagers;

    @Inject
    AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    @SuppressWarnings("unchecked")
    IncidentStore.Stored store(TenantId tenant, String importId, ExtractKind kind, List<?> rows, String actor,
                               LongConsumer progress) {
        IncidentStore.Stored stored = entityManagers.call(tenant, em -> kind == ExtractKind.INCIDENTS
                ? IncidentStore.incidents(em, importId, (List<IncidentRecord>) rows, progress)
                : IncidentStore.bedDays(em, importId, (List<BedDays>) rows, progress));
        entityManagers.call(tenant, em -> {
            em.find(IncidentImport.class, importId).stored(stored.added(), stored.updated(), clock.instant());
            return null;
        });
        audit.record(actor, tenant, AuditAction.INCIDENT_DATA_IMPORTED,
                kind.label() + ": " + stored.added() + " added, " + stored.updated() + " updated");
        return stored;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void failed(TenantId tenant, String importId, String why) {
        entityManagers.call(tenant, em -> {
            em.find(IncidentImport.class, importId).failed(why, clock.instant());
            return null;
        });
    }
}
