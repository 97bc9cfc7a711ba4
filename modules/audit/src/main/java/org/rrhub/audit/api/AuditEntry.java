package org.rrhub.audit.api;

import org.rrhub.core.api.TenantId;

import java.time.Instant;
import java.util.Optional;

/** One line of the audit log, as read back. */
public record AuditEntry(long sequence, Instant at, String actor, Optional<TenantId> tenant, AuditAction action,
                         String detail) {
}
