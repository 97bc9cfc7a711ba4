package org.rrhub.tenants.internal;

/** Fired in the transaction that grants or revokes review access; observed once it has ended. */
record GrantsChanged() {
}
