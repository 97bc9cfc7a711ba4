package org.rrhub.tenants.internal;

/** Fired in the transaction that records a change of somebody's roles or membership; observed once it has ended. */
record AccessChanged() {
}
