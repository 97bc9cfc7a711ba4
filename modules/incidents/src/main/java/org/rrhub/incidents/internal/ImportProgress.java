package org.rrhub.incidents.internal;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rows stored so far by running imports. Kept in memory because the rows are written in one transaction that other
 * transactions cannot see into until it commits; one node runs an import from start to end.
 */
@ApplicationScoped
class ImportProgress {

    private final Map<String, AtomicLong> stored = new ConcurrentHashMap<>();

    AtomicLong track(String importId) {
        return stored.computeIfAbsent(importId, id -> new AtomicLong());
    }

    long rowsStored(String importId) {
        AtomicLong rows = stored.get(importId);
        return rows == null ? 0 : rows.get();
    }

    void forget(String importId) {
        stored.remove(importId);
    }
}
