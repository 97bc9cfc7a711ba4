package org.rrhub.tenants.internal;

import org.rrhub.core.api.TenantId;

/** Fired in the transaction that registers a tenant or changes its status; observed once it has ended. */
record TenantsChanged(TenantId tenant) {
}
