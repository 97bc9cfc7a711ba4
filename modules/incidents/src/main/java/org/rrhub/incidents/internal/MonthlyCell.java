package org.rrhub.incidents.internal;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.ReadOnly;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.rrhub.persistence.api.Multitenancy;

/**
 * What every row of the monthly summary (decision 0017) counts: the interventions of one type on one ward in one
 * month. Each subclass names its key columns with EclipseLink's {@code @PrimaryKey}: nothing loads a cell by id, so
 * no id class is needed. Read-only here: {@link IncidentSummary} writes the rows from the incidents, in the import's transaction.
 * Tenant-owned, so every read is filtered by the EntityManager's tenant.
 */
@MappedSuperclass
@Multitenant
@TenantDiscriminatorColumn(name = Multitenancy.TENANT_COLUMN, contextProperty = Multitenancy.TENANT_PROPERTY,
        length = 63)
@ReadOnly
abstract class MonthlyCell {

    @Column(name = "started_month")
    private int month;

    @Column(name = "ward", length = 120)
    private String ward;

    @Column(name = "intervention_type", length = 30)
    private String type;

    @Column(name = "incidents")
    private int incidents;
}
