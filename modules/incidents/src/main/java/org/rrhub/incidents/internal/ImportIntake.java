package org.rrhub.incidents.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.rrhub.core.api.TenantId;
import org.rrhub.incidents.api.BedDaysCsvReader;
import org.rrhub.incidents.api.ExtractKind;
import org.rrhub.incidents.api.ExtractRejectedException;
import org.rrhub.incidents.api.ImportProblem;
import org.rrhub.incidents.api.IncidentCsvReader;
import org.rrhub.incidents.api.ReadResult;
import org.rrhub.persistence.api.TenantEntityManagers;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;

/**
 * The first half of every import, for a provider named explicitly (a request's, or a demo tenant's at start): reads
 * and checks the whole extract and records the upload, refused with its problems or accepted with its rows still to
 * store. Runs in the caller's transaction, which must commit when {@link ExtractRejectedException} is thrown, or the
 * record of the refusal is lost with it.
 */
@ApplicationScoped
class ImportIntake {

    private static final List<ImportProblem> NO_ROWS = List.of(new ImportProblem(2, "",
            "The file has a header but no rows: there is nothing to import"));

    @Inject
    TenantEntityManagers entityManagers;

    private final Clock clock = Clock.systemUTC();

    /** An accepted extract: its import, recorded as storing, and the checked rows to store. */
    record Accepted(IncidentImport entry, List<?> rows) {
    }

    /**
     * @throws ExtractRejectedException with every problem when any row has one (or there are no rows), after the
     *         refusal is recorded with its problems worded without the file's values
     */
    Accepted receive(TenantId tenant, ExtractKind kind, String fileName, InputStream csv, String actor) {
        ReadResult<?> read = kind == ExtractKind.INCIDENTS
                ? new IncidentCsvReader(clock).read(csv)
                : new BedDaysCsvReader(clock).read(csv);
        String name = name(fileName);
        if (!read.ok()) {
            String id = recordRefusal(tenant, kind, name, read.rowsRead(), read.problemCount(),
                    read.problemsWithoutValues(), actor);
            throw new ExtractRejectedException(read.problems(), read.problemCount(), id);
        }
        if (read.records().isEmpty()) {
            String id = recordRefusal(tenant, kind, name, 0, 1, NO_ROWS, actor);
            throw new ExtractRejectedException(NO_ROWS, 1, id);
        }
        IncidentImport entry = new IncidentImport(kind, name, read.records().size(), actor, clock.instant());
        entityManagers.call(tenant, em -> {
            em.persist(entry);
            return null;
        });
        return new Accepted(entry, read.records());
    }

    private String recordRefusal(TenantId tenant, ExtractKind kind, String name, long rows, long problemCount,
                                 List<ImportProblem> problems, String actor) {
        IncidentImport refused = IncidentImport.refused(kind, name, rows, problemCount, actor, clock.instant());
        return entityManagers.call(tenant, em -> {
            em.persist(refused);
            // The problems refer to the import; unrelated entities are inserted in no guaranteed order.
            em.flush();
            for (int i = 0; i < problems.size(); i++) {
                em.persist(new RefusalProblem(refused.id(), i + 1, problems.get(i)));
            }
            return refused.id();
        });
    }

    private static String name(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "extract.csv" : fileName.strip();
        return name.length() > 255 ? name.substring(0, 255) : name;
    }
}
