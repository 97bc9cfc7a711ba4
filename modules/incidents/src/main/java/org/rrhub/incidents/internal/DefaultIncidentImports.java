package org.rrhub.incidents.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.rrhub.core.api.NotFoundException;
import org.rrhub.core.api.TenantContext;
import org.rrhub.core.api.TenantId;
import org.rrhub.incidents.api.BedDaysCsvReader;
import org.rrhub.incidents.api.ExtractKind;
import org.rrhub.incidents.api.ExtractRejectedException;
import org.rrhub.incidents.api.ImportProblem;
import org.rrhub.incidents.api.ImportView;
import org.rrhub.incidents.api.IncidentCsvReader;
import org.rrhub.incidents.api.IncidentImports;
import org.rrhub.incidents.api.ReadResult;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks a whole extract in the request (a provider sees every problem at once, and nothing is stored), then records
 * the import and stores its rows in the background, reporting progress as it goes.
 */
@ApplicationScoped
class DefaultIncidentImports implements IncidentImports {

    private static final Logger LOG = Logger.getLogger(DefaultIncidentImports.class.getName());

    @Inject
    TenantContext tenantContext;

    @Inject
    ImportRepository imports;

    @Inject
    ImportWriter writer;

    @Inject
    ImportProgress progress;

    @Inject
    AfterCommit afterCommit;

    @Resource
    ManagedExecutorService executor;

    private final Clock clock = Clock.systemUTC();

    @Override
    @Transactional
    public ImportView start(ExtractKind kind, String fileName, InputStream csv, String actor) {
        ReadResult<?> read = kind == ExtractKind.INCIDENTS
                ? new IncidentCsvReader(clock).read(csv)
                : new BedDaysCsvReader(clock).read(csv);
        if (!read.ok()) {
            throw new ExtractRejectedException(read.problems(), read.problemCount());
        }
        if (read.records().isEmpty()) {
            throw new ExtractRejectedException(List.of(new ImportProblem(2, "",
                    "The file has a header but no rows: there is nothing to import")), 1);
        }
        IncidentImport entry = new IncidentImport(kind, name(fileName), read.records().size(), actor, clock.instant());
        imports.add(entry);
        TenantId tenant = tenantContext.requireTenant();
        String id = entry.id();
        // Started after this transaction commits, so the job finds the import it reports on.
        afterCommit.run(() -> storeInBackground(tenant, id, kind, read.records(), actor));
        return entry.toView(0);
    }

    private void storeInBackground(TenantId tenant, String id, ExtractKind kind, List<?> rows, String actor) {
        executor.submit(() -> {
            try {
                writer.store(tenant, id, kind, rows, actor, progress.track(id)::set);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Storing import " + id + " failed; nothing of it was stored", e);
                writer.failed(tenant, id, "The extract could not be stored (" + e.getClass().getSimpleName()
                        + "). Nothing of it was stored; upload it again, and tell us if it fails again.");
            } finally {
                progress.forget(id);
            }
        });
    }

    private static String name(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "extract.csv" : fileName.strip();
        return name.length() > 255 ? name.substring(0, 255) : name;
    }

    @Override
    @Transactional
    public ImportView get(String id) {
        return imports.find(id).map(i -> i.toView(progress.rowsStored(i.id())))
                .orElseThrow(() -> new NotFoundException("Import"));
    }

    @Override
    @Transactional
    public List<ImportView> recent() {
        return imports.recent(10).stream().map(i -> i.toView(progress.rowsStored(i.id()))).toList();
    }
}
