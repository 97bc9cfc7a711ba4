package org.rrhub.incidents.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.rrhub.core.api.NotFoundException;
import org.rrhub.core.api.TenantContext;
import org.rrhub.core.api.TenantId;
import org.rrhub.incidents.api.ExtractKind;
import org.rrhub.incidents.api.ExtractRejectedException;
import org.rrhub.incidents.api.ImportView;
import org.rrhub.incidents.api.IncidentImports;

import java.io.InputStream;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks a whole extract in the request (a provider sees every problem at once, and nothing of a refused file is
 * stored but the refusal and its problems), then records the import and stores its rows in the background, reporting
 * progress as it goes.
 */
@ApplicationScoped
class DefaultIncidentImports implements IncidentImports {

    private static final Logger LOG = Logger.getLogger(DefaultIncidentImports.class.getName());

    @Inject
    TenantContext tenantContext;

    @Inject
    ImportIntake intake;

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

    /** A refusal commits: it is recorded, with its problems, for the provider to look at later. */
    @Override
    @Transactional(dontRollbackOn = ExtractRejectedException.class)
    public ImportView start(ExtractKind kind, String fileName, InputStream csv, String actor) {
        TenantId tenant = tenantContext.requireTenant();
        ImportIntake.Accepted accepted = intake.receive(tenant, kind, fileName, csv, actor);
        String id = accepted.entry().id();
        // Started after this transaction commits, so the job finds the import it reports on.
        afterCommit.run(() -> storeInBackground(tenant, id, kind, accepted.rows(), actor));
        return accepted.entry().toView(0, null);
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

    @Override
    @Transactional
    public ImportView get(String id) {
        IncidentImport entry = imports.find(id).orElseThrow(() -> new NotFoundException("Import"));
        return entry.toView(progress.rowsStored(entry.id()), entry.isRefused() ? imports.problemsOf(entry) : List.of());
    }

    @Override
    @Transactional
    public List<ImportView> recent() {
        return imports.recent(10).stream().map(i -> i.toView(progress.rowsStored(i.id()), null)).toList();
    }
}
