package org.rrhub.documents.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.rrhub.persistence.api.Multitenancy;

import java.time.Instant;
import java.util.UUID;

/** The tenant's answer for one exemplar policy title: the policy covering it, or why it does not apply. */
@Entity
@Table(name = "policy_coverage")
@Multitenant
@TenantDiscriminatorColumn(name = Multitenancy.TENANT_COLUMN, contextProperty = Multitenancy.TENANT_PROPERTY,
        length = 63)
class CoverageEntry {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "exemplar_number", nullable = false, updatable = false)
    private int exemplarNumber;

    @Column(name = "document_id", length = 36)
    private String documentId;

    @Column(name = "rationale", length = 1000)
    private String rationale;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 255)
    private String updatedBy;

    protected CoverageEntry() {
    }

    CoverageEntry(int exemplarNumber) {
        this.id = UUID.randomUUID().toString();
        this.exemplarNumber = exemplarNumber;
    }

    void coveredBy(String document, Instant now, String actor) {
        this.documentId = document;
        this.rationale = null;
        touched(now, actor);
    }

    void notApplicable(String why, Instant now, String actor) {
        this.documentId = null;
        this.rationale = why;
        touched(now, actor);
    }

    private void touched(Instant now, String actor) {
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    int exemplarNumber() {
        return exemplarNumber;
    }

    String documentId() {
        return documentId;
    }

    String rationale() {
        return rationale;
    }
}
