package org.rrhub.search.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Appends to the access log one entry at a time. The chain needs each entry to see its predecessor committed, so
 * appends are serialised here and each commits in its own transaction before the next starts. (One node; several
 * nodes would take a database lock instead.)
 */
@ApplicationScoped
class AccessLogWriter {

    private final Object lock = new Object();

    @Inject
    AccessLogStore store;

    void append(String actor, String role, String purpose, String action, String query, List<String> tenants,
                String item) {
        synchronized (lock) {
            store.append(actor, role, purpose, action, query, tenants, item);
        }
    }
}
