package org.rrhub.search.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.logging.Logger;

/**
 * Appends to the access log one entry at a time. The chain needs each entry to see its predecessor committed, so
 * appends are serialised here and each commits in its own transaction before the next starts. Another node may
 * append the same sequence number at the same moment: the primary key refuses the second, which then reads the new
 * head of the chain and tries again, so the chain never forks.
 */
@ApplicationScoped
class AccessLogWriter {

    static final int ATTEMPTS = 3;
    private static final Logger LOG = Logger.getLogger(AccessLogWriter.class.getName());

    private final Object lock = new Object();

    @Inject
    AccessLogStore store;

    void append(String actor, String role, String purpose, String action, String query, List<String> tenants,
                String item) {
        synchronized (lock) {
            for (int attempt = 1; ; attempt++) {
                try {
                    store.append(actor, role, purpose, action, query, tenants, item);
                    return;
                } catch (RuntimeException refused) {
                    if (attempt == ATTEMPTS) {
                        throw refused;
                    }
                    int tried = attempt;
                    LOG.info(() -> "Appending to the access log was refused (attempt " + tried + "), trying again: "
                            + refused);
                }
            }
        }
    }
}
