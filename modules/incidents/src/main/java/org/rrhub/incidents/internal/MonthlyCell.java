package org.rrhub.incidents.internal;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.rrhub.persistence.api.Multitenancy;

/**
 * What every row of the monthly summary (decision 0017) counts: the interventions of one type on one ward in one
 * month. Each subclass names its key columns with EclipseLink's {@code @PrimaryKey}: nothing loads a cell by id, so
 * no id class is needed. Written only by {@link IncidentSummary}, from the incidents, in the import's transaction.
 * Tenant-owned, so every read and write is filtered and stamped with the EntityManager's tenant.
 */
@MappedSuperclass
@Multitenant
@TenantDiscriminatorColumn(name = Multitenancy.TENANT_COLUMN, contextProperty = Multitenancy.TENANT_PROPERTY,
        length = 63)
abstract class MonthlyCell {

    @Column(name = "started_month", updatable = false)
    private int month;

    @Column(name = "ward", length = 120, updatable = false)
    private String ward;

    @Column(name = "intervention_type", length = 30, updatable = false)
    private String type;

    @Column(name = "incidents")
    private int incidents;

    protected MonthlyCell() {
    }

    MonthlyCell(Cell cell, int incidents) {
        this.month = cell.month();
        this.ward = cell.ward();
        this.type = cell.type();
        this.incidents = incidents;
    }

    /** A month, ward and type, as stored: what a cell is of. */
    record Cell(int month, String ward, String type) {
    }
}
