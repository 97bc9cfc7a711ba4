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
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Gives each demo tenant in tenants/*.json the incident data its "incidents" section lists: anonymised extracts under
 * tenants/ (written by the test class DemoExtracts), imported through the product's own checks and store, and
 * extracts meant to be refused, so the upload history has a refusal with its problems. A tenant that has any import
 * is left alone, so a second run keeps what people uploaded.
 */
@ApplicationScoped
class DemoIncidents {

    private static final Logger LOG = Logger.getLogger(DemoIncidents.class.getName());

    @Inject
    @ConfigProperty(name = "rrhub.demo.tenants-dir")
    Optional<String> directory;

    @Inject
    DemoIncidentWriter writer;

    /** After the demo tenants, plans, documents and assessments (which observe the same event earlier). */
    void provisionOnStart(@Observes @jakarta.annotation.Priority(Interceptor.Priority.APPLICATION + 400)
                          ApplicationReady event) {
        directory.filter(d -> !d.isBlank()).map(Path::of).ifPresent(folder ->
                DemoTenantFiles.forEach(folder, DemoFile.class, demo -> {
                    if (demo.incidents() == null) {
                        return;
                    }
                    try {
                        int written = writer.writeIfAbsent(TenantId.of(demo.id()), folder, demo.incidents());
                        if (written > 0) {
                            LOG.info(() -> "Demo incident data for " + demo.id() + " is provisioned (" + written
                                    + " imports)");
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
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
