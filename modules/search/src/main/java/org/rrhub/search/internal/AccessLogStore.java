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
     * The head of the chain, in one statement: every search by an inspector or reviewer reads it. The key's maximum is
     * read from the primary key's index alone (H2 and PostgreSQL), then its row by the key; H2 answered
     * "order by ... desc" with its first row by reading the whole log, so each append grew slower with the log
     * (AccessLogHeadIT).
     */
    static final String HEAD = "select e from AccessLogEntry e where e.sequence = "
            + "(select max(h.sequence) from AccessLogEntry h)";
    /** {@link #HEAD} as EclipseLink writes it in SQL (native queries are off: the unit has multitenant entities). */
    static final String HEAD_SQL = "SELECT sequence_no, entry_hash FROM search_access_log WHERE sequence_no = "
            + "(SELECT MAX(sequence_no) FROM search_access_log)";

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void append(String actor, String role, String purpose, String action, String query, List<String> tenants,
                String item) {
        AccessLogEntry last = em.createQuery(HEAD, AccessLogEntry.class).getResultStream().findFirst().orElse(null);
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
                .map(entry -> entry.toViewFor(tenant)).toList();
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
