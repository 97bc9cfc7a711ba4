package org.rrhub.incidents.internal;

import jakarta.persistence.EntityManager;
import org.rrhub.incidents.api.BedDays;
import org.rrhub.incidents.api.IncidentRecord;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * Writes a validated extract through an EntityManager bound to the provider, in chunks: each chunk looks up the
 * references it already holds (a re-imported extract corrects them rather than counting them twice), then the
 * persistence context is flushed and cleared so a 100,000-row file needs no more memory than a chunk. Then the monthly
 * summary of the months the incidents changed is worked out again ({@link IncidentSummary}). The caller's transaction
 * makes the whole file, and the summary with it, all or nothing.
 */
final class IncidentStore {

    static final int CHUNK = 1000;

    private IncidentStore() {
    }

    record Stored(int added, int updated) {
    }

    static Stored incidents(EntityManager em, String importId, List<IncidentRecord> records, LongConsumer progress) {
        ChangedMonths changed = new ChangedMonths();
        int added = 0;
        int updated = 0;
        // References are unique within a file (the reader checks), so only rows stored before this import can match.
        // A provider's first import skips the lookups: on a table that grows inside this transaction the database
        // plans them as scans, which made a 100,000-row first import quadratic.
        boolean anyStored = !em.createQuery("select i.id from Incident i", String.class).setMaxResults(1)
                .getResultList().isEmpty();
        for (int from = 0; from < records.size(); from += CHUNK) {
            List<IncidentRecord> chunk = records.subList(from, Math.min(records.size(), from + CHUNK));
            // H2 uses an IN list only on an index's first column, so the unique key leads with the reference (V3):
            // one index lookup a reference rather than a pass over the provider's rows.
            Map<String, Incident> known = !anyStored ? Map.of() : em.createQuery(
                            "select i from Incident i where i.externalReference in :refs", Incident.class)
                    .setParameter("refs", chunk.stream().map(IncidentRecord::externalReference).toList())
                    .getResultStream().collect(Collectors.toMap(Incident::externalReference, i -> i));
            for (IncidentRecord record : chunk) {
                Incident incident = known.get(record.externalReference());
                if (incident == null) {
                    em.persist(new Incident(record, importId));
                    changed.added(record);
                    added++;
                } else {
                    changed.corrected(incident.month(), record);
                    incident.correctWith(record, importId);
                    updated++;
                }
            }
            em.flush();
            em.clear();
            progress.accept(from + chunk.size());
        }
        IncidentSummary.recompute(em, changed);
        return new Stored(added, updated);
    }

    static Stored bedDays(EntityManager em, String importId, List<BedDays> rows, LongConsumer progress) {
        Map<String, BedDayCount> known = new HashMap<>();
        em.createQuery("select b from BedDayCount b", BedDayCount.class).getResultStream()
                .forEach(b -> known.put(b.key(), b));
        int added = 0;
        int updated = 0;
        int done = 0;
        for (BedDays row : rows) {
            BedDayCount count = known.get(BedDayCount.key(row.ward(), Months.code(row.month())));
            if (count == null) {
                count = new BedDayCount(row, importId);
                em.persist(count);
                known.put(count.key(), count);
                added++;
            } else {
                count.correctWith(row, importId);
                updated++;
            }
            if (++done % CHUNK == 0) {
                progress.accept(done);
            }
        }
        em.flush();
        progress.accept(done);
        return new Stored(added, updated);
    }
}
