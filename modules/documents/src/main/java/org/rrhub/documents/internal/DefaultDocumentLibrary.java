package org.rrhub.documents.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rrhub.audit.api.AuditAction;
import org.rrhub.audit.api.AuditLog;
import org.rrhub.core.api.FieldError;
import org.rrhub.core.api.InvalidInputException;
import org.rrhub.core.api.NotFoundException;
import org.rrhub.core.api.TenantContext;
import org.rrhub.search.api.IndexingOutbox;
import org.rrhub.search.api.ItemKind;
import org.rrhub.documents.api.Approval;
import org.rrhub.core.api.ConflictException;
import org.rrhub.documents.api.DocumentDetails;
import org.rrhub.documents.api.DocumentLibrary;
import org.rrhub.documents.api.DocumentView;
import org.rrhub.documents.api.Download;
import org.rrhub.documents.api.FileStore;
import org.rrhub.documents.api.ReviewState;
import org.rrhub.documents.api.Upload;
import org.rrhub.documents.api.VersionView;
import org.rrhub.tenants.api.People;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The document library's application service. An upload is received to a temporary file, checked (size, type by
 * content, archive limits), its text extracted, and its bytes put in the file store before the database rows are
 * written in one transaction: the database never refers to a file that is not completely stored.
 */
@ApplicationScoped
@Transactional
class DefaultDocumentLibrary implements DocumentLibrary {

    @Inject
    DocumentRepository documents;

    @Inject
    TextExtractor extractor;

    @Inject
    FileStore files;

    @Inject
    People people;

    @Inject
    TenantContext tenantContext;

    @Inject
    AuditLog audit;

    @Inject
    IndexingOutbox outbox;

    @Inject
    @ConfigProperty(name = "rrhub.documents.max-bytes", defaultValue = "52428800")
    long maxBytes;

    private final Clock clock = Clock.system(ZoneId.of("Europe/London"));

    @Override
    public List<DocumentView> all() {
        return views(documents.all());
    }

    @Override
    public DocumentView get(String id) {
        return view(load(id));
    }

    @Override
    public DocumentView create(DocumentDetails details, Upload file, String actor) {
        List<FieldError> errors = new ArrayList<>(DocumentRules.check(details, people::isMember));
        if (file == null || file.content() == null) {
            errors.add(new FieldError("file", "Select a file to upload"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Document document = new Document(details, clock.instant(), actor);
        DocumentVersion first = store(document.id(), 1, details.versionLabel(), file, actor);
        documents.add(document);
        // Unrelated entities are inserted in no guaranteed order: the document before its version refers to it.
        documents.flush();
        documents.add(first);
        audit.record(actor, tenantContext.requireTenant(), AuditAction.DOCUMENT_UPLOADED, details.title().strip());
        outbox.changed(tenantContext.requireTenant(), ItemKind.DOCUMENT, document.id());
        return view(document);
    }

    @Override
    public DocumentView addVersion(String id, String versionLabel, Upload file, String actor) {
        Document document = load(id);
        List<FieldError> errors = new ArrayList<>(DocumentRules.checkLabel(versionLabel));
        if (file == null || file.content() == null) {
            errors.add(new FieldError("file", "Select a file to upload"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        int next = documents.versionsOf(List.of(id)).stream().mapToInt(DocumentVersion::number).max().orElse(0) + 1;
        documents.add(store(id, next, versionLabel, file, actor));
        document.versioned(clock.instant(), actor);
        audit.record(actor, tenantContext.requireTenant(), AuditAction.DOCUMENT_VERSION_ADDED,
                document.title() + " version " + next);
        outbox.changed(tenantContext.requireTenant(), ItemKind.DOCUMENT, document.id());
        return view(document);
    }

    @Override
    public DocumentView describe(String id, long expectedVersion, DocumentDetails details, String actor) {
        Document document = load(id);
        if (document.version() != expectedVersion) {
            throw new ConflictException("This document", document.updatedBy(), document.version());
        }
        List<FieldError> errors = DocumentRules.check(details, people::isMember);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        document.describe(details, clock.instant(), actor);
        audit.record(actor, tenantContext.requireTenant(), AuditAction.DOCUMENT_CHANGED, details.title().strip());
        outbox.changed(tenantContext.requireTenant(), ItemKind.DOCUMENT, document.id());
        return view(document);
    }

    @Override
    public DocumentView recordApproval(String id, Approval approval, String actor) {
        Document document = load(id);
        if (!document.kind().isBoardApproved()) {
            throw InvalidInputException.of("kind", "Only board strategies and policies carry a board approval");
        }
        if (approval == null) {
            throw InvalidInputException.of("approvedOn", "Enter the date it was approved");
        }
        List<FieldError> errors = DocumentRules.checkApproval(approval);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        document.approve(approval, clock.instant(), actor);
        audit.record(actor, tenantContext.requireTenant(), AuditAction.DOCUMENT_APPROVED,
                document.title() + " by " + approval.approvingBody().strip());
        outbox.changed(tenantContext.requireTenant(), ItemKind.DOCUMENT, document.id());
        return view(document);
    }

    @Override
    public Download download(String id, String versionId) {
        load(id);
        DocumentVersion version = documents.versionsOf(List.of(id)).stream().filter(v -> v.id().equals(versionId))
                .findFirst().orElseThrow(() -> new NotFoundException("Version"));
        String hash = version.sha256();
        return new Download(version.fileName(), version.mediaType(), version.size(), () -> files.open(hash));
    }

    @Override
    public List<DocumentView> reviewsDue() {
        return all().stream()
                .filter(d -> d.reviewState() == ReviewState.OVERDUE || d.reviewState() == ReviewState.DUE_SOON)
                .sorted(Comparator.comparing(d -> d.details().nextReviewDate()))
                .toList();
    }

    private DocumentVersion store(String documentId, int number, String label, Upload file, String actor) {
        try (ReceivedFile received = ReceivedFile.receive(file.content(), maxBytes)) {
            String name = fileName(file.fileName());
            String type = extractor.detect(received.path(), name);
            TextExtractor.Extraction extraction = extractor.extract(received.path(), type);
            files.put(received.sha256(), received.path());
            return new DocumentVersion(documentId, number, label == null || label.isBlank() ? null : label.strip(),
                    name, type, received.size(), received.sha256(), extraction.state(), extraction.text(),
                    clock.instant(), actor);
        } catch (IOException e) {
            throw new UncheckedIOException("The file store could not keep the file", e);
        }
    }

    /** Keeps only the last path segment of a sender's file name, for display and Content-Disposition. */
    private static String fileName(String given) {
        String name = given == null ? "" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return name.isEmpty() ? "document" : name;
    }

    private Document load(String id) {
        return documents.find(id).orElseThrow(() -> new NotFoundException("Document"));
    }

    private DocumentView view(Document document) {
        documents.flush();
        return views(List.of(document)).get(0);
    }

    private List<DocumentView> views(List<Document> all) {
        Map<String, List<DocumentVersion>> versions = documents.versionsOf(all.stream().map(Document::id).toList())
                .stream().collect(Collectors.groupingBy(DocumentVersion::documentId));
        LocalDate today = LocalDate.now(clock);
        return all.stream().map(d -> {
            List<DocumentVersion> mine = versions.getOrDefault(d.id(), List.of());
            int newest = mine.stream().mapToInt(DocumentVersion::number).max().orElse(0);
            List<VersionView> list = mine.stream().map(v -> v.toView(v.number() == newest)).toList();
            String label = mine.stream().filter(v -> v.number() == newest).findFirst()
                    .map(DocumentVersion::versionLabel).orElse(null);
            return d.toView(list, today, label);
        }).toList();
    }
}
