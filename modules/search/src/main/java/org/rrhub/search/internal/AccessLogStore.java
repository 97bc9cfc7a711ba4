package org.rrhub.search.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.rrhub.core.api.TenantContext;
import org.rrhub.persistence.api.Multitenancy;
import org.rrhub.search.api.AccessEntry;
import org.rrhub.search.api.AccessLog;

import java.time.Instant;
import java.util.List;

/** The access log's table: appended in its own transaction (a search writes nothing else), read by providers. */
@ApplicationScoped
class AccessLogStore implements AccessLog {

    @PersistenceContext(unitName = Multitenancy.PERSISTENCE_UNIT)
    EntityManager em;

    @Inject
    TenantContext tenantContext;

    /**
     * The head of the chain: every search by an inspector or reviewer reads it. Asked as the key's maximum, which
     * H2 and PostgreSQL read from the primary key's index alone; H2 answered "order by ... desc" with its first row
     * by reading the whole log, so each append grew slower with the log (AccessLogHeadIT).
     */
    static final String HEAD = "select max(e.sequence) from AccessLogEntry e";
    /** {@link #HEAD} as EclipseLink writes it in SQL (native queries are off: the unit has multitenant entities). */
    static final String HEAD_SQL = "SELECT MAX(sequence_no) FROM search_access_log";

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void append(String actor, String role, String purpose, String action, String query, List<String> tenants,
                String item) {
        Long head = em.createQuery(HEAD, Long.class).getSingleResult();
        AccessLogEntry last = head == null ? null : em.find(AccessLogEntry.class, head);
        long sequence = last == null ? 1 : last.sequence() + 1;
        String previous = last == null ? AccessLogEntry.GENESIS : last.hash();
        em.persist(new AccessLogEntry(sequence, Instant.now(), actor, role, purpose, action, query, tenants, item,
                previous));
    }

    @Override
    @Transactional
    public List<AccessEntry> aboutMyOrganisation() {
        String tenant = tenantContext.requireTenant().value();
        return em.createQuery("select e from AccessLogEntry e where e.tenants like :tenant "
                        + "order by e.sequence desc", AccessLogEntry.class)
                .setParameter("tenant", "%," + tenant + ",%").setMaxResults(500).getResultStream()
                .map(AccessLogEntry::toView).toList();
    }

    @Override
    @Transactional
    public boolean chainIsIntact() {
        String previous = AccessLogEntry.GENESIS;
        long expected = 1;
        for (AccessLogEntry entry : em.createQuery("select e from AccessLogEntry e order by e.sequence",
                AccessLogEntry.class).getResultList()) {
            if (entry.sequence() != expected++ || !entry.previousHash().equals(previous)
                    || !entry.hash().equals(entry.computeHash())) {
                return false;
            }
            previous = entry.hash();
        }
        return true;
    }
}
