package org.rrhub.documents.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rrhub.core.api.ApplicationReady;
import org.rrhub.core.api.DemoTenantFiles;
import org.rrhub.core.api.StrategyDomain;
import org.rrhub.core.api.TenantId;
import org.rrhub.documents.api.Approval;
import org.rrhub.documents.api.DocumentKind;
import org.rrhub.documents.api.DocumentStatus;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Gives each demo tenant in tenants/*.json the documents its "documents" section lists (files under tenants/),
 * after the tenants exist. A tenant that already has documents is left alone.
 */
@ApplicationScoped
class DemoDocuments {

    private static final Logger LOG = Logger.getLogger(DemoDocuments.class.getName());

    @Inject
    @ConfigProperty(name = "rrhub.demo.tenants-dir")
    Optional<String> directory;

    @Inject
    DemoDocumentWriter writer;

    void provisionOnStart(@Observes @jakarta.annotation.Priority(Interceptor.Priority.APPLICATION + 200)
                          ApplicationReady event) {
        directory.filter(d -> !d.isBlank()).map(Path::of).ifPresent(folder ->
                DemoTenantFiles.forEach(folder, DemoFile.class, demo -> {
                    try {
                        if (demo.documents() != null
                                && writer.writeIfAbsent(TenantId.of(demo.id()), folder, demo.documents())) {
                            LOG.info(() -> "Demo documents for " + demo.id() + " are provisioned");
                        }
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }));
    }

    public record DemoFile(String id, List<DemoDocument> documents) {
    }

    /** @param file relative to the tenants folder; @param covers Appendix 1 numbers the document covers */
    public record DemoDocument(String file, String title, DocumentKind kind, String owner,
                               List<StrategyDomain> domains, String versionLabel, LocalDate effectiveDate,
                               LocalDate nextReviewDate, DocumentStatus status, Approval approval,
                               List<Integer> covers) {
    }
}
