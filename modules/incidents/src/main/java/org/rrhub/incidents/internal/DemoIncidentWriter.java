package org.rrhub.incidents.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.rrhub.core.api.TenantId;
import org.rrhub.incidents.api.ExtractRejectedException;
import org.rrhub.persistence.api.TenantEntityManagers;
import org.rrhub.tenants.api.TenantRegistry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Imports one demo tenant's extracts in one transaction, bound to that tenant explicitly: each is checked and
 * recorded by {@link ImportIntake} as an upload is, and an accepted one stored by {@link ImportWriter} then and there
 * (rather than in the background) so the figures are there when the application is ready. A file that does not end
 * as the tenant file says (accepted or refused) rolls all of them back.
 */
@ApplicationScoped
class DemoIncidentWriter {

    @Inject
    TenantRegistry tenants;

    @Inject
    TenantEntityManagers entityManagers;

    @Inject
    ImportIntake intake;

    @Inject
    ImportWriter writer;

    private final Clock clock = Clock.system(ZoneId.of("Europe/London"));

    /** @return how many imports were recorded (0 when the tenant does not exist or has any import) */
    @Transactional
    int writeIfAbsent(TenantId tenant, Path folder, DemoIncidents.DemoIncidentData demo) throws IOException {
        if (tenants.find(tenant).isEmpty() || demo.extracts() == null || hasImports(tenant)) {
            return 0;
        }
        YearMonth lastComplete = YearMonth.now(clock).minusMonths(1);
        long months = ChronoUnit.MONTHS.between(YearMonth.parse(demo.lastMonth()), lastComplete);
        int written = 0;
        for (DemoIncidents.DemoExtract extract : demo.extracts()) {
            Path file = folder.resolve(extract.file()).normalize();
            if (!file.startsWith(folder.normalize())) {
                throw new IllegalArgumentException("Demo extract outside the tenants folder: " + extract.file());
            }
            String csv = DemoExtractDates.moved(Files.readString(file, StandardCharsets.UTF_8), extract.kind(), months);
            try {
                ImportIntake.Accepted accepted = intake.receive(tenant, extract.kind(), file.getFileName().toString(),
                        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), extract.uploadedBy());
                if (extract.meantToBeRefused()) {
                    throw new IllegalStateException("The demo extract " + extract.file()
                            + " is meant to be refused but has no problem");
                }
                writer.store(tenant, accepted.entry().id(), extract.kind(), accepted.rows(), extract.uploadedBy(),
                        rows -> { });
            } catch (ExtractRejectedException refused) {
                if (!extract.meantToBeRefused()) {
                    throw new IllegalStateException("The demo extract " + extract.file() + " was refused: "
                            + refused.problems().get(0), refused);
                }
            }
            written++;
        }
        return written;
    }

    private boolean hasImports(TenantId tenant) {
        return entityManagers.call(tenant, em -> !em.createQuery("select i.id from IncidentImport i", String.class)
                .setMaxResults(1).getResultList().isEmpty());
    }
}
