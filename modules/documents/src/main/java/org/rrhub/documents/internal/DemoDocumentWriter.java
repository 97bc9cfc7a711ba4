package org.rrhub.documents.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.rrhub.core.api.TenantId;
import org.rrhub.search.api.IndexingOutbox;
import org.rrhub.search.api.ItemKind;
import org.rrhub.documents.api.DocumentDetails;
import org.rrhub.documents.api.FileStore;
import org.rrhub.persistence.api.TenantEntityManagers;
import org.rrhub.tenants.api.TenantRegistry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Writes one demo tenant's documents through the same checks as an upload, bound to that tenant explicitly. */
@ApplicationScoped
class DemoDocumentWriter {

    private static final String ACTOR = "demo-provisioning";

    @Inject
    TenantEntityManagers entityManagers;

    @Inject
    TenantRegistry tenants;

    @Inject
    TextExtractor extractor;

    @Inject
    FileStore files;

    @Inject
    IndexingOutbox outbox;

    private final Clock clock = Clock.systemUTC();

    /** @return false when the tenant does not exist or already has documents */
    @Transactional
    boolean writeIfAbsent(TenantId tenant, Path folder, List<DemoDocuments.DemoDocument> documents) throws IOException {
        if (tenants.find(tenant).isEmpty()) {
            return false;
        }
        EntityManager em = entityManagers.open(tenant);
        try {
            if (!em.createQuery("select d.id from Document d", String.class).setMaxResults(1).getResultList().isEmpty()) {
                return false;
            }
            Instant now = clock.instant();
            for (DemoDocuments.DemoDocument demo : documents) {
                Document document = new Document(new DocumentDetails(demo.title(), demo.kind(), demo.owner(),
                        demo.domains(), demo.versionLabel(), demo.effectiveDate(), demo.nextReviewDate(),
                        demo.status()), now, ACTOR);
                Path file = folder.resolve(demo.file()).normalize();
                if (!file.startsWith(folder.normalize())) {
                    throw new IllegalArgumentException("Demo document outside the tenants folder: " + demo.file());
                }
                try (InputStream in = Files.newInputStream(file);
                     ReceivedFile received = ReceivedFile.receive(in, Long.MAX_VALUE)) {
                    String type = extractor.detect(received.path(), file.getFileName().toString());
                    TextExtractor.Extraction text = extractor.extract(received.path(), type);
                    files.put(received.sha256(), received.path());
                    em.persist(document);
                    // Unrelated entities are inserted in no guaranteed order: the document before what refers to it.
                    em.flush();
                    em.persist(new DocumentVersion(document.id(), 1, demo.versionLabel(),
                            file.getFileName().toString(), type, received.size(), received.sha256(), text.state(),
                            text.text(), now, ACTOR));
                }
                if (demo.approval() != null) {
                    document.approve(demo.approval(), now, ACTOR);
                }
                outbox.changed(tenant, ItemKind.DOCUMENT, document.id());
                em.flush();
                for (int number : demo.covers() == null ? List.<Integer>of() : demo.covers()) {
                    CoverageEntry entry = new CoverageEntry(number);
                    entry.coveredBy(document.id(), now, ACTOR);
                    em.persist(entry);
                }
            }
            em.flush();
            return true;
        } finally {
            em.close();
        }
    }
}
