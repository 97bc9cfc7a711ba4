package org.rrhub.incidents.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rrhub.core.api.ApplicationReady;
import org.rrhub.core.api.DemoTenantFiles;
import org.rrhub.core.api.TenantId;
import org.rrhub.incidents.api.ExtractKind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Gives each demo tenant in tenants/*.json the incident data its "incidents" section lists: anonymised extracts under
 * tenants/ (written by the test class DemoExtracts), imported through the product's own checks and store, and
 * extracts meant to be refused, so the upload history has a refusal with its problems. A tenant that has any import
 * is left alone, so a second run keeps what people uploaded. The rows are stored before the application is ready
 * (not in the background), so its figures are there from the first page.
 */
@ApplicationScoped
class DemoIncidents {

    private static final Logger LOG = Logger.getLogger(DemoIncidents.class.getName());

    @Inject
    @ConfigProperty(name = "rrhub.demo.tenants-dir")
    Optional<String> directory;

    @Inject
    DemoIncidentWriter writer;

    @Inject
    ImportWriter rows;

    private final Clock clock = Clock.system(ZoneId.of("Europe/London"));

    /** After the demo tenants, plans, documents and assessments (which observe the same event earlier). */
    void provisionOnStart(@Observes @jakarta.annotation.Priority(Interceptor.Priority.APPLICATION + 400)
                          ApplicationReady event) {
        directory.filter(d -> !d.isBlank()).map(Path::of).ifPresent(folder ->
                DemoTenantFiles.forEach(folder, DemoFile.class, demo -> {
                    if (demo.incidents() == null) {
                        return;
                    }
                    try {
                        int written = provision(TenantId.of(demo.id()), folder, demo.incidents());
                        if (written > 0) {
                            LOG.info(() -> "Demo incident data for " + demo.id() + " is provisioned (" + written
                                    + " imports)");
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
    }

    /**
     * Uploads each extract in turn, as its provider would: checked and recorded, then, when accepted, stored. The
     * files are moved forward by the months from their last month to the last complete one.
     *
     * @return how many imports were recorded (0 when the tenant does not exist or has any import)
     */
    private int provision(TenantId tenant, Path folder, DemoIncidentData demo) throws IOException {
        if (demo.extracts() == null || !writer.isUntouched(tenant)) {
            return 0;
        }
        long months = ChronoUnit.MONTHS.between(YearMonth.parse(demo.lastMonth()), YearMonth.now(clock).minusMonths(1));
        int written = 0;
        for (DemoExtract extract : demo.extracts()) {
            Path file = folder.resolve(extract.file()).normalize();
            if (!file.startsWith(folder.normalize())) {
                throw new IllegalArgumentException("Demo extract outside the tenants folder: " + extract.file());
            }
            String csv = DemoExtractDates.moved(Files.readString(file, StandardCharsets.UTF_8), extract.kind(), months);
            Optional<ImportIntake.Accepted> accepted = writer.receive(tenant, extract, file.getFileName().toString(),
                    csv);
            if (accepted.isPresent()) {
                String id = accepted.get().entry().id();
                try {
                    rows.store(tenant, id, extract.kind(), accepted.get().rows(), extract.uploadedBy(), n -> { });
                } catch (RuntimeException e) {
                    rows.failed(tenant, id, "The demo extract could not be stored (" + e.getClass().getSimpleName()
                            + ").");
                    throw e;
                }
            }
            written++;
        }
        return written;
    }

    /** The parts of a demo tenant file this module reads. */
    public record DemoFile(String id, DemoIncidentData incidents) {
    }

    /**
     * @param lastMonth the last month the files hold, as 2026-11; they are moved forward by whole months so that it
     *        becomes the last complete month
     * @param extracts in the order they are uploaded
     */
    public record DemoIncidentData(String lastMonth, List<DemoExtract> extracts) {
    }

    /**
     * @param file relative to the tenants folder
     * @param uploadedBy the demo user named as having sent it
     * @param refused true for a file meant to be refused: provisioning fails if it is not, and if any other is
     */
    public record DemoExtract(ExtractKind kind, String file, String uploadedBy, Boolean refused) {
        boolean meantToBeRefused() {
            return Boolean.TRUE.equals(refused);
        }
    }
}
