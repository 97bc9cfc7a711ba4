package org.rrhub.audit.api;

import org.rrhub.core.api.TenantId;

import java.util.List;

/**
 * The append-only audit log: who did what, when, in which tenant. Entries are never updated or deleted.
 */
public interface AuditLog {

    /**
     * Appends an entry as part of the caller's transaction: it exists only if the change it describes does.
     *
     * @param actor  the username, or "anonymous"
     * @param tenant the tenant concerned, or null for platform events
     */
    void record(String actor, TenantId tenant, AuditAction action, String detail);

    /** Appends an entry in a transaction of its own, so a refused or failed request is still recorded. */
    void recordIndependently(String actor, TenantId tenant, AuditAction action, String detail);

    /** The newest entries first, for platform administrators. */
    List<AuditEntry> latest(int limit);

    /** The entries written before the one with this sequence number, newest first: the next page after it. */
    List<AuditEntry> olderThan(long sequence, int limit);

    /** The newest entries concerning one tenant. */
    List<AuditEntry> latestFor(TenantId tenant, int limit);
}
