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
import org.rrhub.incidents.api.ImportProblem;
import org.rrhub.incidents.api.ImportState;
import org.rrhub.incidents.api.ImportView;
import org.rrhub.persistence.api.Multitenancy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One upload of an extract: validated whole, then either refused (its problems kept as {@link RefusalProblem}s,
 * nothing of its rows) or accepted and stored all or nothing by a background job.
 */
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

    /** All problems found in a refused extract, also those beyond the ones kept; 0 for an accepted one. */
    @Column(name = "problem_count", nullable = false)
    private long problemCount;

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

    /** An extract with problems, recorded as refused when it is checked: nothing of it is stored, ever. */
    static IncidentImport refused(ExtractKind kind, String fileName, long rowsRead, long problemCount,
                                  String startedBy, Instant at) {
        IncidentImport refused = new IncidentImport(kind, fileName, (int) Math.min(rowsRead, Integer.MAX_VALUE),
                startedBy, at);
        refused.state = ImportState.REFUSED;
        refused.problemCount = problemCount;
        refused.finishedAt = at;
        return refused;
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

    boolean isRefused() {
        return state == ImportState.REFUSED;
    }

    /** @param problems the kept problems, for the view of one import; null for a list of imports */
    ImportView toView(long rowsStored, List<ImportProblem> problems) {
        long done = switch (state) {
            case STORING -> rowsStored;
            case REFUSED -> 0;
            case STORED, FAILED -> rowsTotal;
        };
        return new ImportView(id, kind, fileName, state, rowsTotal, done, added, updated, failure, startedBy,
                startedAt, finishedAt, problemCount, problems);
    }
}
