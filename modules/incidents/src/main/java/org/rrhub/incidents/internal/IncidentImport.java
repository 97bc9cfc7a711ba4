package org.rrhub.incidents.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.rrhub.core.api.TenantId;
import org.rrhub.incidents.api.ExtractKind;
import org.rrhub.incidents.api.ImportState;
import org.rrhub.incidents.api.ImportView;
import org.rrhub.persistence.api.Multitenancy;

import java.time.Instant;
import java.util.UUID;

/** One upload of an extract: validated before it is accepted, then stored all or nothing by a background job. */
@Entity
@Table(name = "incident_import")
@Multitenant
@TenantDiscriminatorColumn(name = Multitenancy.TENANT_COLUMN, contextProperty = Multitenancy.TENANT_PROPERTY,
        length = 63)
class IncidentImport {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = Multitenancy.TENANT_COLUMN, insertable = false, updatable = false)
    private String tenantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private ExtractKind kind;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private ImportState state;

    @Column(name = "rows_total", nullable = false)
    private int rowsTotal;

    @Column(name = "added", nullable = false)
    private int added;

    @Column(name = "updated", nullable = false)
    private int updated;

    @Column(name = "failure", length = 500)
    private String failure;

    @Column(name = "started_by", nullable = false)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected IncidentImport() {
    }

    IncidentImport(ExtractKind kind, String fileName, int rowsTotal, String startedBy, Instant startedAt) {
        this.id = UUID.randomUUID().toString();
        this.kind = kind;
        this.fileName = fileName;
        this.state = ImportState.STORING;
        this.rowsTotal = rowsTotal;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    void stored(int added, int updated, Instant at) {
        this.state = ImportState.STORED;
        this.added = added;
        this.updated = updated;
        this.finishedAt = at;
    }

    void failed(String why, Instant at) {
        this.state = ImportState.FAILED;
        this.failure = why.length() > 500 ? why.substring(0, 500) : why;
        this.finishedAt = at;
    }

    boolean isOwnedBy(TenantId tenant) {
        return tenant.value().equals(tenantId);
    }

    String id() {
        return id;
    }

    ImportView toView(long rowsStored) {
        long done = state == ImportState.STORING ? rowsStored : rowsTotal;
        return new ImportView(id, kind, fileName, state, rowsTotal, done, added, updated, failure, startedBy,
                startedAt, finishedAt);
    }
}
