package org.rrhub.documents.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.rrhub.documents.api.TextState;
import org.rrhub.documents.api.VersionView;
import org.rrhub.persistence.api.Multitenancy;

import java.time.Instant;
import java.util.UUID;

/** One uploaded file of a document, never changed: its bytes are in the file store under its SHA-256. */
@Entity
@Table(name = "document_version")
@Multitenant
@TenantDiscriminatorColumn(name = Multitenancy.TENANT_COLUMN, contextProperty = Multitenancy.TENANT_PROPERTY,
        length = 63)
class DocumentVersion {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "document_id", nullable = false, updatable = false, length = 36)
    private String documentId;

    @Column(name = "number", nullable = false, updatable = false)
    private int number;

    @Column(name = "version_label", length = 40, updatable = false)
    private String versionLabel;

    @Column(name = "file_name", nullable = false, updatable = false, length = 255)
    private String fileName;

    @Column(name = "media_type", nullable = false, updatable = false, length = 120)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(name = "sha256", nullable = false, updatable = false, length = 64)
    private String sha256;

    @Enumerated(EnumType.STRING)
    @Column(name = "text_state", nullable = false, updatable = false, length = 20)
    private TextState textState;

    /** The extracted text, kept for search; loaded only when asked for. */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "text_content", updatable = false)
    private String text;

    @Column(name = "text_length", nullable = false, updatable = false)
    private int textLength;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, updatable = false, length = 255)
    private String uploadedBy;

    protected DocumentVersion() {
    }

    DocumentVersion(String documentId, int number, String versionLabel, String fileName, String mediaType, long size,
                    String sha256, TextState textState, String text, Instant uploadedAt, String uploadedBy) {
        this.id = UUID.randomUUID().toString();
        this.documentId = documentId;
        this.number = number;
        this.versionLabel = versionLabel;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.size = size;
        this.sha256 = sha256;
        this.textState = textState;
        this.text = text;
        this.textLength = text.length();
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    String id() {
        return id;
    }

    String documentId() {
        return documentId;
    }

    int number() {
        return number;
    }

    String versionLabel() {
        return versionLabel;
    }

    String fileName() {
        return fileName;
    }

    String mediaType() {
        return mediaType;
    }

    long size() {
        return size;
    }

    String sha256() {
        return sha256;
    }

    String text() {
        return text;
    }

    VersionView toView(boolean current) {
        return new VersionView(id, number, versionLabel, fileName, mediaType, size, sha256, textState, textLength,
                current, uploadedAt, uploadedBy);
    }
}
