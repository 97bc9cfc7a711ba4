package org.rrhub.tenants.internal;

/** Fired in the transaction that records or removes an integration; observed once it has ended. */
record IntegrationsChanged() {
}
