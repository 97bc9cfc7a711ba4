package org.rrhub.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.rrhub.audit.api.AuditEntry;
import org.rrhub.audit.api.AuditLog;
import org.rrhub.audit.api.AuditAction;
import org.rrhub.core.api.TenantId;
import org.rrhub.persistence.api.Multitenancy;

import java.time.Clock;
import java.util.List;

/** The audit table is platform-owned (it spans tenants), so it uses the plain persistence context. */
@ApplicationScoped
class JpaAuditLog implements AuditLog {

    @PersistenceContext(unitName = Multitenancy.PERSISTENCE_UNIT)
    EntityManager em;

    private final Clock clock = Clock.systemUTC();

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public void record(String actor, TenantId tenant, AuditAction action, String detail) {
        em.persist(new AuditRecord(clock.instant(), actor == null ? "anonymous" : actor, tenant, action, detail));
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordIndependently(String actor, TenantId tenant, AuditAction action, String detail) {
        record(actor, tenant, action, detail);
    }

    @Override
    public List<AuditEntry> latest(int limit) {
        return em.createQuery("select a from AuditRecord a order by a.id desc", AuditRecord.class)
                .setMaxResults(limit)
                .getResultStream().map(AuditRecord::toEntry).toList();
    }

    @Override
    public List<AuditEntry> olderThan(long sequence, int limit) {
        return em.createQuery("select a from AuditRecord a where a.id < :sequence order by a.id desc",
                        AuditRecord.class)
                .setParameter("sequence", sequence)
                .setMaxResults(limit)
                .getResultStream().map(AuditRecord::toEntry).toList();
    }

    @Override
    public List<AuditEntry> latestFor(TenantId tenant, int limit) {
        return em.createQuery("select a from AuditRecord a where a.tenantId = :tenant order by a.id desc",
                        AuditRecord.class)
                .setParameter("tenant", tenant.value())
                .setMaxResults(limit)
                .getResultStream().map(AuditRecord::toEntry).toList();
    }
}
